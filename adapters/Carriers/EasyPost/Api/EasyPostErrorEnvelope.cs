namespace Returns.Adapters.Carriers.EasyPost.Api;

/// <summary>The body of a 4xx or 5xx answer: <c>{ "error": { … } }</c>.</summary>
public sealed record EasyPostErrorEnvelope(EasyPostErrorBody? Error);
