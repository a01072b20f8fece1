using System.Buffers.Text;
using System.Text;
using Returns.Orchestrations.Notifications;
using static Returns.Tests.Domain.DomainSamples;

namespace Returns.Tests.Domain;

public sealed class LinkTokenSignerTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 5, 10, 0, 0, TimeSpan.Zero);
    private static readonly LinkToken Token = new("ret-0123456789abcdef", ReturnLinks.ConfirmPurpose, Now.AddDays(2));

    private static LinkTokenSigner Signer() => new(SigningKey);

    [Fact]
    public void Verify_TokenItSigned_IsValidWithSameClaims()
    {
        var token = Signer().Sign(Token);

        var check = Signer().Verify(token, ReturnLinks.ConfirmPurpose, Now);

        Assert.Equal(LinkTokenStatus.Valid, check.Status);
        Assert.Equal(Token, check.Token);
    }

    [Fact]
    public void Sign_Token_IsUrlSafe()
    {
        var token = Signer().Sign(Token with { ReturnId = "ret-<>?/+=&" });

        Assert.Matches("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$", token);
    }

    [Fact]
    public void Verify_ExpiryTruncatedToSeconds_RoundTripsWholeSeconds()
    {
        var token = Signer().Sign(Token with { ExpiresAt = Now.AddDays(2).AddMilliseconds(900) });

        Assert.Equal(Now.AddDays(2), Signer().Verify(token, ReturnLinks.ConfirmPurpose, Now).Token?.ExpiresAt);
    }

    [Fact]
    public void Verify_OtherKey_Invalid()
    {
        var token = new LinkTokenSigner(new byte[32]).Sign(Token);

        Assert.Equal(LinkTokenCheck.Invalid, Signer().Verify(token, ReturnLinks.ConfirmPurpose, Now));
    }

    [Fact]
    public void Verify_TamperedPayload_Invalid()
    {
        var token = Signer().Sign(Token);
        var signature = token[(token.IndexOf('.') + 1)..];
        var forgedClaims = Base64Url.EncodeToString(Encoding.UTF8.GetBytes("{\"R\":\"ret-someone-else\",\"P\":\"confirm\",\"E\":4102444800}"));

        var check = Signer().Verify(forgedClaims + "." + signature, ReturnLinks.ConfirmPurpose, Now);

        Assert.Equal(LinkTokenStatus.Invalid, check.Status);
        Assert.Null(check.Token);
    }

    [Fact]
    public void Verify_TamperedSignature_Invalid()
    {
        var token = Signer().Sign(Token);
        // Flip a character that carries full signature bits (the last one has two unused bits).
        var dot = token.IndexOf('.');
        var first = token[dot + 1];
        var tampered = token[..(dot + 1)] + (first == 'A' ? 'B' : 'A') + token[(dot + 2)..];

        Assert.Equal(LinkTokenStatus.Invalid, Signer().Verify(tampered, ReturnLinks.ConfirmPurpose, Now).Status);
        Assert.Equal(LinkTokenStatus.Invalid, Signer().Verify(token + "AA", ReturnLinks.ConfirmPurpose, Now).Status);
    }

    [Fact]
    public void Verify_WrongPurpose_Invalid()
    {
        var token = Signer().Sign(Token);

        Assert.Equal(LinkTokenStatus.Invalid, Signer().Verify(token, "unsubscribe", Now).Status);
    }

    [Fact]
    public void Verify_AfterExpiry_ExpiredWithClaims()
    {
        var token = Signer().Sign(Token);

        var atExpiry = Signer().Verify(token, ReturnLinks.ConfirmPurpose, Token.ExpiresAt);
        var after = Signer().Verify(token, ReturnLinks.ConfirmPurpose, Token.ExpiresAt.AddSeconds(1));

        Assert.Equal(LinkTokenStatus.Valid, atExpiry.Status);
        Assert.Equal(LinkTokenStatus.Expired, after.Status);
        Assert.Equal(Token.ReturnId, after.Token?.ReturnId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("abc")]
    [InlineData("abc.")]
    [InlineData(".abc")]
    [InlineData("a.b.c")]
    [InlineData("%%%.***")]
    [InlineData("eyJSIjoieCJ9.!!!!")]
    [InlineData("ünïcödé.ünïcödé")]
    [InlineData("abc.de f")]
    [InlineData("\0.\0")]
    public void Verify_Garbage_InvalidWithoutThrowing(string? garbage)
    {
        Assert.Equal(LinkTokenCheck.Invalid, Signer().Verify(garbage, ReturnLinks.ConfirmPurpose, Now));
    }

    [Fact]
    public void Verify_VeryLongToken_Invalid()
    {
        var token = Signer().Sign(Token with { ReturnId = new string('x', 2000) });

        Assert.Equal(LinkTokenCheck.Invalid, Signer().Verify(token, ReturnLinks.ConfirmPurpose, Now));
        Assert.Equal(LinkTokenCheck.Invalid, Signer().Verify(new string('A', 600) + "." + new string('B', 600), ReturnLinks.ConfirmPurpose, Now));
    }

    [Fact]
    public void Verify_SignedPayloadThatIsNotClaims_InvalidWithoutThrowing()
    {
        // Only the key holder can produce these; they still must not crash the confirm page.
        foreach (var json in new[] { "null", "[1,2]", "\"text\"", "{}", "not json" })
        {
            var payload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
            var mac = System.Security.Cryptography.HMACSHA256.HashData(SigningKey, Encoding.ASCII.GetBytes(payload));
            var token = payload + "." + Base64Url.EncodeToString(mac);

            Assert.Equal(LinkTokenCheck.Invalid, Signer().Verify(token, ReturnLinks.ConfirmPurpose, Now));
        }
    }
}
