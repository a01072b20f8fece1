using Returns.Api.Photos;

namespace Returns.Tests.Photos;

/// <summary>Hostile uploads: truncated, bit-flipped, with huge or zero lengths. Nothing may throw.</summary>
public sealed class PhotoSanitizerFuzzTests
{
    private static readonly byte[][] Seeds =
    [
        JpegSamples.Phone(6, littleEndian: true),
        JpegSamples.Phone(3, littleEndian: false),
        PngSamples.Phone(),
        WebpSamples.Phone(),
    ];

    [Fact]
    public void Sanitize_MutatedPhotos_NeverThrowAndCleanedOutputIsStable()
    {
        var random = new Random(20250301);
        var cleaned = 0;
        for (var i = 0; i < 2000; i++)
        {
            var input = Mutate(Seeds[i % Seeds.Length], random);

            var check = PhotoSanitizer.Sanitize(input);

            if (!check.Succeeded)
            {
                Assert.True(check.Error is PhotoCheck.NotImage or PhotoCheck.Empty, $"case {i}: {check.Error}");
                continue;
            }
            cleaned++;
            // What we store must itself be a well-formed file of the same kind: a second pass accepts it as is.
            var again = PhotoSanitizer.Sanitize(check.Content);
            Assert.True(again.Succeeded, $"case {i}: cleaned output rejected on a second pass");
            Assert.Equal(check.ContentType, again.ContentType);
            Assert.Equal(check.Content, again.Content);
        }
        Assert.InRange(cleaned, 1, 1999); // both outcomes were exercised
    }

    [Fact]
    public void Sanitize_RandomBytesBehindEachSignature_NeverThrow()
    {
        byte[][] signatures = [[0xFF, 0xD8, 0xFF], PngSamples.Signature, [.. "RIFF"u8, 0x40, 0, 0, 0, .. "WEBP"u8]];
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var tail = new byte[random.Next(0, 200)];
            random.NextBytes(tail);

            var check = PhotoSanitizer.Sanitize([.. signatures[i % signatures.Length], .. tail]);

            if (check.Succeeded)
                Assert.Equal(check.Content, PhotoSanitizer.Sanitize(check.Content).Content);
        }
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = (byte[])seed.Clone();
        switch (random.Next(5))
        {
            case 0: // truncate
                return bytes[..random.Next(bytes.Length)];
            case 1: // flip a few bytes
                for (var n = random.Next(1, 6); n > 0; n--)
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                return bytes;
            case 2: // extreme lengths
                var at = random.Next(bytes.Length - 4);
                byte[][] values = [[0xFF, 0xFF, 0xFF, 0xFF], [0, 0, 0, 0], [0x7F, 0xFF, 0xFF, 0xFF], [0x80, 0, 0, 0], [0, 0, 0, 1]];
                values[random.Next(values.Length)].CopyTo(bytes, at);
                return bytes;
            case 3: // insert random bytes
                var insertAt = random.Next(bytes.Length);
                var junk = new byte[random.Next(1, 16)];
                random.NextBytes(junk);
                return [.. bytes[..insertAt], .. junk, .. bytes[insertAt..]];
            default: // cut a slice out
                var from = random.Next(bytes.Length);
                var to = Math.Min(bytes.Length, from + random.Next(1, 40));
                return [.. bytes[..from], .. bytes[to..]];
        }
    }
}
