namespace Returns.Tests.Carriers;

/// <summary>One request the EasyPost stand-in received; <see cref="Authorization"/> is null when none was sent.</summary>
public sealed record StubRequest(string Method, string Path, string? Authorization, string Body);
