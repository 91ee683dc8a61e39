namespace Suite.FamilyEducation.FunctionalTests;

/// <summary>Concurrent retries of one create (the same request_id) all answer with what the first created.</summary>
public sealed class ConcurrentRetryTests(FamilyEducationSuite suite) : IClassFixture<FamilyEducationSuite>
{
    [Fact]
    public async Task Concurrent_retries_of_a_pairing_return_the_first_pairing()
    {
        var woman = await suite.RegisterAsync();
        var request = new CreatePairingRequest
        {
            RequestId = "race-" + Guid.NewGuid().ToString("N"), WomanId = woman.Id, GuideName = "刘慧", GuideKind = GuideKind.Volunteer, FirstSessionDate = FamilyEducationSuite.Today,
        };
        var ids = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ => (await suite.Guidance().CreatePairingAsync(request)).Id));
        Assert.Single(ids.Distinct());
    }
}
