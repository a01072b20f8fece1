namespace Returns.Adapters.Carriers.EasyPost.Api;

/// <summary>The bought label's files; <see cref="LabelUrl"/> is in the requested label format.</summary>
public sealed record EasyPostPostageLabel
{
    public string? LabelUrl { get; init; }
    public string? LabelPdfUrl { get; init; }
    public string? LabelFileType { get; init; }
}
