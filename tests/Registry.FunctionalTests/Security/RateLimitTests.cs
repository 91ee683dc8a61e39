using Microsoft.AspNetCore.Hosting;

namespace Suite.Registry.FunctionalTests.Security;

/// <summary>A Registry that allows each caller 2 calls per second with a burst of 3.</summary>
public sealed class TightlyLimitedRegistryFactory : RegistryFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimiting:PermitsPerSecond", "2");
        builder.UseSetting("RateLimiting:Burst", "3");
    }
}

public sealed class RateLimitTests(TightlyLimitedRegistryFactory registry) : IClassFixture<TightlyLimitedRegistryFactory>
{
    [Fact]
    public async Task A_caller_over_her_rate_is_told_resource_exhausted_while_others_are_served()
    {
        var outcomes = new List<StatusCode>();
        for (var i = 0; i < 10; i++)
        {
            try
            {
                await registry.Areas.ListAreasAsync(new ListAreasRequest());
                outcomes.Add(StatusCode.OK);
            }
            catch (RpcException ex)
            {
                outcomes.Add(ex.StatusCode);
            }
        }
        Assert.Contains(StatusCode.OK, outcomes);
        Assert.Contains(StatusCode.ResourceExhausted, outcomes);
        Assert.All(outcomes, s => Assert.True(s is StatusCode.OK or StatusCode.ResourceExhausted, s.ToString()));

        // Another caller has her own bucket.
        var other = new AreasService.AreasServiceClient(registry.ChannelFor(TestTokens.CountyOfficer));
        Assert.NotEmpty((await other.ListAreasAsync(new ListAreasRequest())).Areas);
    }
}
