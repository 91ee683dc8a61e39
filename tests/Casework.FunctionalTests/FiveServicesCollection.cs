namespace Suite.Casework.FunctionalTests;

/// <summary>One set of five services for every test class here: they run one class at a time against it.</summary>
[CollectionDefinition(Name)]
public sealed class FiveServicesCollection : ICollectionFixture<FiveServices>
{
    public const string Name = "five services";
}
