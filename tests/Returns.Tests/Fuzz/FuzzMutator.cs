using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Returns.Api.Http;
using Returns.Api.Security;

namespace Returns.Tests.Fuzz;

/// <summary>
/// Seeded mutations of a valid request: JSON that is structurally wrong (type swaps, huge strings and numbers, nulls,
/// duplicate keys, unicode edge cases, deep nesting), bytes that are not JSON or not UTF-8 (flips, truncation,
/// invalid sequences), wrong or missing content types, empty and oversize bodies, and hostile path values, query
/// strings and headers. The same seed gives the same mutations.
/// </summary>
public static class FuzzMutator
{
    /// <summary>Raw JSON values a field is swapped for.</summary>
    private static readonly string[] Values =
    [
        "null", "true", "false", "0", "-1", "1.5", "-0", "1e308", "1e999", "-1e999", "1e-999", "2147483648", "-2147483649",
        "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890", "0.0000000000000000000001",
        "\"\"", "\" \"", "\"0\"", "\"-1\"", "\"true\"", "\"null\"", "\"NaN\"", "\"Infinity\"", "\"2025-13-45T99:99:99Z\"",
        "\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59+14:00\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff\\ud800\"",
        "\"\u202Eevil\u202C\"", "\"\uFEFFbom\"", "\"e\u0301\u0301\u0301\u0301\"", "\"\U0001F600\U0001F4A9\"", "\"Ω≈ç√∫\"",
        "\"' OR PartitionKey ne '\"", "\"../../etc/passwd\"", "\"<script>alert(1)</script>\"", "\"%00%ff\"",
        "\"a\\\"b\\\\c\\n\\t\"", "[]", "{}", "[null]", "[1,2,3]", "{\"a\":1}", "[[[]]]", "\"x\"",
    ];

    /// <summary>Numbers at and past the edges of int, long and decimal, negative, fractional and in exponent form.</summary>
    private static readonly string[] Numbers =
    [
        "0", "-1", "-0.01", "0.001", "2147483647", "2147483648", "-2147483648", "4294967296", "9223372036854775807",
        "9223372036854775808", "92233720368547758.07", "79228162514264337593543950335", "79228162514264337593543950336",
        "1e15", "1e20", "1e28", "1e29", "1e308", "1e400", "-1e400", "1e-400", "1E+2", "0.1e1", "-2147483649",
    ];

    private static readonly string[] ContentTypes =
    [
        "text/xml", "application/xml", "multipart/form-data; boundary=x", "multipart/form-data; boundary=json",
        "application/x-www-form-urlencoded", "text/plain", "text/plain; charset=utf-8", "application/octet-stream",
        "application/json; charset=utf-16", "application/json; charset=latin1", "application/problem+json",
        "application/cloudevents+json", "application/jsonx", "json", "application/", "/", ";;;", "*/*", "text/json",
        "application/xml; profile=json", "image/png",
    ];

    private static readonly string[] PathValues =
    [
        "", " ", ".", "..", "...", "%", "%00", "%ff", "\0", "\u00ff", "\uFFFD", "\U0001F600", "\u202E", "RT-", "RT-00000000",
        "' or ''='", "PartitionKey eq 'x'", "$batch", "Tables", "../../admin/policy", "a/b", "a\\b", "?x=1", "#frag",
        "-1", "0", "2147483648", "99999999999999999999", "1e3", "0x10", "null", "undefined", "NaN",
        "<script>", "CON", "label.pdf", "label\0", "LABEL", " label ",
    ];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xFE], [0xC0, 0x80], [0xC1, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
        [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xBF], [0xE2, 0x82], [0xC3], [0xF0, 0x9F, 0x98], [0xE0, 0x80, 0xAF],
    ];

    public static void Mutate(FuzzRequest r, Random random)
    {
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            var roll = random.NextDouble();
            if (r.Body is not null && r.JsonBody && roll < 0.45)
                TryJsonMutation(r, random);
            else if (r.Body is not null && roll < 0.65)
                ByteMutation(r, random);
            else if (roll < 0.78)
                EnvelopeMutation(r, random);
            else if (roll < 0.90)
                PathOrQueryMutation(r, random);
            else
                HeaderMutation(r, random);
        }
    }

    // ---- JSON ------------------------------------------------------------------------------

    private static void TryJsonMutation(FuzzRequest r, Random random)
    {
        var body = r.Body;
        try
        {
            JsonMutation(r, random);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or JsonException)
        {
            // An earlier mutation left what a JsonNode cannot hold (an escaped lone surrogate, a duplicate key, nesting
            // past its depth): mutate the bytes instead.
            r.Body = body;
            ByteMutation(r, random);
        }
    }

    private static void JsonMutation(FuzzRequest r, Random random)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(r.Body!, documentOptions: new JsonDocumentOptions { MaxDepth = 1000 });
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            ByteMutation(r, random); // an earlier mutation already broke the JSON
            return;
        }

        var nodes = new List<(JsonNode? Parent, string? Property, int Index, JsonNode? Node)>();
        Collect(root, null, null, -1, nodes);
        var (parent, property, index, node) = nodes[random.Next(nodes.Count)];
        var where = property ?? (index >= 0 ? $"[{index}]" : "(root)");
        string? text = null;
        switch (random.Next(13))
        {
            case 11 or 12:
                // A number (or a number in a string, as Shopify sends amounts) made extreme: the arithmetic behind it.
                var numbers = nodes.Where(n => n.Node is JsonValue v && (v.GetValueKind() == JsonValueKind.Number
                    || (v.TryGetValue<string>(out var t) && decimal.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out _)))).ToList();
                if (numbers.Count == 0)
                    numbers = nodes;
                var (numberParent, numberProperty, numberIndex, numberNode) = numbers[random.Next(numbers.Count)];
                var extreme = Numbers[random.Next(Numbers.Length)];
                var quoted = numberNode is JsonValue q && q.GetValueKind() == JsonValueKind.String ? $"\"{extreme}\"" : extreme;
                text = Splice(root, numberParent, numberProperty, numberIndex, quoted);
                r.Mutations.Add($"json number {numberProperty ?? $"[{numberIndex}]"} = {quoted}");
                break;
            case 0 or 1 or 2:
                var value = Values[random.Next(Values.Length)];
                text = Splice(root, parent, property, index, value);
                r.Mutations.Add($"json {where} = {Short(value)}");
                break;
            case 3:
                var length = random.Next(4) switch { 0 => 300, 1 => 5_000, 2 => 100_000, _ => 600_000 };
                Replace(ref root, parent, property, index, JsonValue.Create(new string((char)('a' + random.Next(26)), length)));
                r.Mutations.Add($"json {where} = string of {length} chars");
                break;
            case 4:
                if (parent is JsonObject obj && property is not null)
                {
                    obj.Remove(property);
                    r.Mutations.Add($"json remove {property}");
                }
                else if (parent is JsonArray array && index >= 0)
                {
                    array.RemoveAt(index);
                    r.Mutations.Add($"json remove {where}");
                }

                break;
            case 5:
                if (node is JsonObject target)
                {
                    target["fuzz" + random.Next(100)] = JsonValue.Create(Values[random.Next(Values.Length)]);
                    r.Mutations.Add($"json add unknown property to {where}");
                }
                else if (node is JsonArray list && list.Count > 0)
                {
                    var copies = random.Next(2) == 0 ? 2 : 5_000;
                    var item = list[0]?.ToJsonString() ?? "null";
                    for (var i = 0; i < copies; i++)
                        list.Add(JsonNode.Parse(item));
                    r.Mutations.Add($"json {where} gets {copies} more items");
                }

                break;
            case 6:
                var depth = random.Next(3) switch { 0 => 65, 1 => 1_000, _ => 100_000 };
                var nested = random.Next(2) == 0 ? new string('[', depth) + new string(']', depth) : Repeat("{\"a\":", depth) + "1" + new string('}', depth);
                text = Splice(root, parent, property, index, nested);
                r.Mutations.Add($"json {where} nested {depth} deep");
                break;
            case 7:
                if (DuplicateKey(root, random) is { } duplicated)
                {
                    text = duplicated.Text;
                    r.Mutations.Add($"json duplicate key {duplicated.Key}");
                }

                break;
            case 8:
                var rootValue = random.Next(6) switch { 0 => "[]", 1 => "\"text\"", 2 => "42", 3 => "null", 4 => "true", _ => "[" + root?.ToJsonString() + "]" };
                text = rootValue;
                r.Mutations.Add($"json root = {Short(rootValue)}");
                break;
            case 9:
                if (parent is JsonObject renamed && property is not null && node is not null)
                {
                    renamed.Remove(property);
                    var name = random.Next(3) switch { 0 => property.ToUpperInvariant(), 1 => property + " ", _ => "\u0000" + property };
                    renamed[name] = node;
                    r.Mutations.Add($"json rename {property} to {Short(name)}");
                }

                break;
            default:
                var extra = random.Next(4) switch { 0 => " garbage", 1 => ",", 2 => "/* c */", _ => "{}" };
                text = (root?.ToJsonString() ?? "null") + extra;
                r.Mutations.Add($"json trailing {Short(extra)}");
                break;
        }

        r.Body = Encoding.UTF8.GetBytes(text ?? root?.ToJsonString() ?? "null");
    }

    private static void Collect(JsonNode? node, JsonNode? parent, string? property, int index, List<(JsonNode?, string?, int, JsonNode?)> nodes)
    {
        nodes.Add((parent, property, index, node));
        if (node is JsonObject obj)
        {
            foreach (var (name, child) in obj.ToArray())
                Collect(child, obj, name, -1, nodes);
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
                Collect(array[i], array, null, i, nodes);
        }
    }

    private static void Replace(ref JsonNode? root, JsonNode? parent, string? property, int index, JsonNode? value)
    {
        if (parent is JsonObject obj && property is not null)
            obj[property] = value;
        else if (parent is JsonArray array && index >= 0)
            array[index] = value;
        else
            root = value;
    }

    /// <summary>The document with one value replaced by raw text (which a JsonNode could not hold).</summary>
    private static string Splice(JsonNode? root, JsonNode? parent, string? property, int index, string raw)
    {
        const string marker = "\"__fuzz_splice__\"";
        Replace(ref root, parent, property, index, JsonValue.Create("__fuzz_splice__"));
        return (root?.ToJsonString() ?? marker).Replace(marker, raw, StringComparison.Ordinal);
    }

    private static (string Text, string Key)? DuplicateKey(JsonNode? root, Random random)
    {
        var objects = new List<(JsonNode?, string?, int, JsonNode?)>();
        Collect(root, null, null, -1, objects);
        var candidates = objects.Where(o => o.Item4 is JsonObject { Count: > 0 }).ToList();
        if (candidates.Count == 0)
            return null;
        var target = (JsonObject)candidates[random.Next(candidates.Count)].Item4!;
        var key = target.ElementAt(random.Next(target.Count)).Key;
        var value = Values[random.Next(Values.Length)];
        // Mark the object, write the document, then put the duplicate pair where the mark is.
        const string mark = "__fuzz_duplicate__";
        target[mark] = 0;
        var text = root!.ToJsonString().Replace($"\"{mark}\":0", $"{JsonSerializer.Serialize(key)}:{value}", StringComparison.Ordinal);
        target.Remove(mark);
        return (text, key);
    }

    // ---- bytes -----------------------------------------------------------------------------

    private static void ByteMutation(FuzzRequest r, Random random)
    {
        var body = r.Body ?? [];
        if (body.Length == 0)
            body = "{}"u8.ToArray();
        var bytes = new List<byte>(body);
        var at = random.Next(bytes.Count);
        switch (random.Next(9))
        {
            case 0:
                var flips = random.Next(1, 9);
                for (var i = 0; i < flips; i++)
                {
                    var p = random.Next(bytes.Count);
                    bytes[p] ^= (byte)(1 << random.Next(8));
                }

                r.Mutations.Add($"flip {flips} bits");
                break;
            case 1:
                bytes.RemoveRange(at, bytes.Count - at);
                r.Mutations.Add($"truncate at {at}");
                break;
            case 2 or 3:
                // Inside a string value where possible: after a quote.
                var quote = bytes.IndexOf((byte)'"', at);
                var position = quote >= 0 ? quote + 1 : at;
                var sequence = InvalidUtf8[random.Next(InvalidUtf8.Length)];
                bytes.InsertRange(position, sequence);
                r.Mutations.Add($"invalid UTF-8 {Convert.ToHexString(sequence)} at {position}");
                break;
            case 4:
                var insert = new byte[random.Next(1, 16)];
                random.NextBytes(insert);
                bytes.InsertRange(at, insert);
                r.Mutations.Add($"insert {insert.Length} random bytes at {at}");
                break;
            case 5:
                var remove = Math.Min(random.Next(1, 64), bytes.Count - at);
                bytes.RemoveRange(at, remove);
                r.Mutations.Add($"delete {remove} bytes at {at}");
                break;
            case 6:
                var slice = bytes.GetRange(at, Math.Min(random.Next(1, 200), bytes.Count - at));
                bytes.InsertRange(at, slice);
                r.Mutations.Add($"repeat {slice.Count} bytes at {at}");
                break;
            case 7:
                bytes[at] = 0;
                r.Mutations.Add($"NUL at {at}");
                break;
            default:
                bytes.InsertRange(0, random.Next(2) == 0 ? [0xEF, 0xBB, 0xBF] : [0xFF, 0xFE]);
                r.Mutations.Add("byte order mark");
                break;
        }

        r.Body = [.. bytes];
    }

    // ---- envelope --------------------------------------------------------------------------

    private static void EnvelopeMutation(FuzzRequest r, Random random)
    {
        switch (random.Next(8))
        {
            case 0 or 1:
                r.ContentType = ContentTypes[random.Next(ContentTypes.Length)];
                r.Body ??= "{}"u8.ToArray();
                r.Mutations.Add($"content-type {r.ContentType}");
                break;
            case 2:
                r.ContentType = null;
                r.Mutations.Add("no content-type");
                break;
            case 3:
                r.Body = [];
                r.Mutations.Add("empty body");
                break;
            case 4:
                // Over the limit by a little or a lot; valid JSON padded with spaces, so only the size is wrong.
                var size = (int)RequestLimits.MaxBytesFor(r.Route.Name) + (random.Next(2) == 0 ? 1 : random.Next(2, 256 * 1024));
                r.Body = Pad(r.Body ?? "{}"u8.ToArray(), size);
                r.Chunked = random.Next(2) == 0;
                r.Mutations.Add($"oversize {size} bytes{(r.Chunked ? " chunked" : "")}");
                break;
            case 5:
                r.Chunked = true;
                r.Body ??= "{}"u8.ToArray();
                r.Mutations.Add("chunked");
                break;
            case 6:
                r.Method = random.Next(5) switch { 0 => "GET", 1 => "POST", 2 => "PUT", 3 => "DELETE", _ => "PATCH" };
                r.Mutations.Add($"method {r.Method}");
                break;
            default:
                r.Body = Encoding.UTF8.GetBytes("email=anna%40example.de&orderNumber=1&x=" + new string('y', random.Next(1, 2000)));
                r.ContentType ??= "application/x-www-form-urlencoded";
                r.Mutations.Add("form-encoded body");
                break;
        }
    }

    private static byte[] Pad(byte[] body, int size)
    {
        var padded = new byte[size];
        Array.Fill(padded, (byte)' ');
        body.AsSpan(0, Math.Min(body.Length, size)).CopyTo(padded);
        return padded;
    }

    // ---- path, query, headers --------------------------------------------------------------

    private static void PathOrQueryMutation(FuzzRequest r, Random random)
    {
        if (r.PathValues.Count > 0 && random.Next(2) == 0)
        {
            var i = random.Next(r.PathValues.Count);
            r.PathValues[i] = random.Next(4) switch
            {
                0 => new string('A', random.Next(2) == 0 ? 101 : 4_000),
                1 => Flip(r.PathValues[i], random),
                _ => PathValues[random.Next(PathValues.Length)],
            };
            if (random.Next(5) == 0)
                r.RawPath = true;
            r.Mutations.Add($"path value {i} = {Short(r.PathValues[i])}{(r.RawPath ? " (raw)" : "")}");
            return;
        }

        switch (random.Next(4))
        {
            case 0 when r.Query.Count > 0:
                var q = random.Next(r.Query.Count);
                r.Query[q] = new(r.Query[q].Key, random.Next(2) == 0 ? Flip(r.Query[q].Value, random) : PathValues[random.Next(PathValues.Length)]);
                r.Mutations.Add($"query {r.Query[q].Key} = {Short(r.Query[q].Value)}");
                break;
            case 1 when r.Query.Count > 0:
                r.Mutations.Add($"query without {r.Query[0].Key}");
                r.Query.RemoveAt(0);
                break;
            default:
                var names = new[] { "token", "email", "lang", "page", "stage", "q", "format", "from", "to", "limit", "status", "by", "market", "max", "returnId", "sku" };
                var name = names[random.Next(names.Length)];
                var value = random.Next(3) == 0 ? new string('9', random.Next(1, 5000)) : PathValues[random.Next(PathValues.Length)];
                r.Query.Add(new(name, value));
                if (random.Next(3) == 0)
                    r.Query.Add(new(name, "second"));
                r.Mutations.Add($"query add {name}={Short(value)}");
                break;
        }
    }

    private static void HeaderMutation(FuzzRequest r, Random random)
    {
        switch (random.Next(6))
        {
            case 0 when r.Signer is not null:
                r.SignBody = false;
                var choice = random.Next(4);
                if (choice == 0)
                    r.Headers.Remove(r.Signer.Header);
                else
                    r.Headers[r.Signer.Header] = choice switch
                    {
                        1 => r.Signer.Sign("{}"u8.ToArray()),
                        2 => "sha256=" + new string('0', 64),
                        _ => "not a signature",
                    };
                r.Mutations.Add($"signature {(choice == 0 ? "missing" : "wrong")}");
                break;
            case 1 when r.Headers.ContainsKey(AdminKey.Header):
                if (random.Next(2) == 0)
                    r.Headers.Remove(AdminKey.Header);
                else
                    r.Headers[AdminKey.Header] = random.Next(3) switch { 0 => "", 1 => FuzzHost.AdminKey.ToUpperInvariant(), _ => FuzzHost.AdminKey + " " };
                r.Mutations.Add("admin key missing or wrong");
                break;
            case 2 when r.Headers.Keys.FirstOrDefault(k => k.EndsWith("Topic", StringComparison.OrdinalIgnoreCase)) is { } topic:
                r.Headers[topic] = random.Next(3) switch { 0 => "", 1 => "orders/delete", _ => new string('t', 500) };
                r.Mutations.Add($"topic {Short(r.Headers[topic])}");
                break;
            case 3:
                r.Headers["Accept-Language"] = random.Next(4) switch { 0 => "*;q=abc", 1 => "xx-XX", 2 => new string('a', 3000), _ => ",,,;q=2" };
                r.Mutations.Add("accept-language");
                break;
            default:
                r.Headers["X-Forwarded-For"] = random.Next(2) == 0 ? "not-an-ip" : "10.0.0." + random.Next(256);
                r.Mutations.Add("x-forwarded-for");
                break;
        }
    }

    private static string Flip(string value, Random random)
    {
        if (value.Length == 0)
            return "x";
        var chars = value.ToCharArray();
        var i = random.Next(chars.Length);
        chars[i] = chars[i] == 'A' ? 'B' : 'A';
        return new string(chars);
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + $"…({text.Length})";
}
