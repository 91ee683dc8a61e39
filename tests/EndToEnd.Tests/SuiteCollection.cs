using Xunit;

namespace Suite.EndToEnd.Tests;

/// <summary>Tests that only read or add data share one running suite (starting one takes 20-40 s on 2 cores).</summary>
[CollectionDefinition(Name)]
public sealed class SuiteCollection : ICollectionFixture<SuiteAppHost>
{
    public const string Name = "running suite";
}
