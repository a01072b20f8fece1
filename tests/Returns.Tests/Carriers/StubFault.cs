namespace Returns.Tests.Carriers;

/// <summary>
/// An answer the stand-in gives once instead of the real one, for the next request whose path ends with
/// <see cref="PathSuffix"/>. <see cref="AfterHandling"/>: the work is done first and only the answer is lost.
/// </summary>
public sealed record StubFault(string Method, string PathSuffix, int Status, string Body, bool AfterHandling, string? RetryAfter);
