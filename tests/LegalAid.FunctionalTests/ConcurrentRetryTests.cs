using static Suite.LegalAid.FunctionalTests.LegalAidSuite;

namespace Suite.LegalAid.FunctionalTests;

/// <summary>Concurrent retries of one create (the same request_id) all answer with what the first created.</summary>
public sealed class ConcurrentRetryTests(LegalAidSuite suite) : IClassFixture<LegalAidSuite>
{
    [Fact]
    public async Task Concurrent_retries_of_a_matter_return_the_first_matter()
    {
        var woman = await suite.RegisterAsync();
        var request = new CreateMatterRequest { RequestId = "race-" + Guid.NewGuid().ToString("N"), Channel = Channel.Hotline12338, Kind = MatterKind.MarriageFamily, WomanId = woman.Id, Narrative = "承包地纠纷" };
        var ids = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ => (await suite.Matters(JusticeCounty).CreateMatterAsync(request)).Id));
        Assert.Single(ids.Distinct());
    }
}
