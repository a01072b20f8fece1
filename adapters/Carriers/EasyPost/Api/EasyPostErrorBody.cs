using System.Text.Json;

namespace Returns.Adapters.Carriers.EasyPost.Api;

/// <summary>
/// EasyPost's error object. <see cref="Errors"/> holds field errors as objects or plain strings, and
/// <see cref="Message"/> has been seen as an array, so both are read as raw JSON.
/// </summary>
public sealed record EasyPostErrorBody
{
    public string? Code { get; init; }
    public JsonElement? Message { get; init; }
    public JsonElement? Errors { get; init; }
}
