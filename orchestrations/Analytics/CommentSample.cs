namespace Returns.Orchestrations.Analytics;

/// <summary>An example comment of a theme; <see cref="Subject"/> lets an erasure request remove it.</summary>
public sealed record CommentSample(string Subject, string Language, string Sku, string Text);
