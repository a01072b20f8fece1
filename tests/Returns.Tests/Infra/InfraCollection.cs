namespace Returns.Tests.Infra;

/// <summary>The infrastructure test classes share one compiled template.</summary>
[CollectionDefinition(Name)]
public sealed class InfraCollection : ICollectionFixture<InfraTemplateFixture>
{
    public const string Name = "Infra";
}
