namespace Returns.Tests.Security;

/// <summary>The security tests over HTTP share one <see cref="SecurityHostFixture"/> and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SecurityHostCollection : ICollectionFixture<SecurityHostFixture>
{
    public const string Name = "security-host";
}
