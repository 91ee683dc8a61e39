using Microsoft.AspNetCore.Hosting;

namespace Suite.Registry.FunctionalTests.Security;

/// <summary>A Registry whose callers get 6 calls (one more each 1,000 s) and 3 "registered outside your area" answers a day.</summary>
public sealed class LimitedRegistryFactory : RegistryFactory
{
    public const int Burst = 6;
    public const int ProbesPerDay = 3;

    public LimitedRegistryFactory() : base(SharedRedis.Instance)
    {
    }

    /// <summary>A second instance on the first one's database, Redis and clock.</summary>
    public LimitedRegistryFactory(LimitedRegistryFactory first) : base(first)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimiting:PermitsPerSecond", "0.001");
        builder.UseSetting("RateLimiting:Burst", Burst.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Registry:DuplicateProbesPerDay", ProbesPerDay.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // A first call can take Redis past the 300 ms a service waits (seen while other hosts start), and each instance
        // would then count alone; these tests are about counting together.
        builder.UseSetting("Limits:RedisTimeout", "00:00:30");
    }
}

/// <summary>Two instances of the Registry on one SQLite file and one Redis database, as two replicas are; the second starts after the first.</summary>
public sealed class TwoLimitedRegistries : IDisposable
{
    public TwoLimitedRegistries()
    {
        First = new LimitedRegistryFactory();
        _ = First.Server;
        Second = new LimitedRegistryFactory(First);
        _ = Second.Server;
    }

    public LimitedRegistryFactory First { get; }
    public LimitedRegistryFactory Second { get; }

    public void Dispose()
    {
        Second.Dispose();
        First.Dispose();
    }
}

/// <summary>A caller's limits hold across the instances: calls spread over two replicas count together.</summary>
public sealed class ReplicaLimitsTests(TwoLimitedRegistries registries) : IClassFixture<TwoLimitedRegistries>
{
    [Fact]
    public async Task A_caller_spreading_her_calls_over_two_instances_gets_one_burst()
    {
        var caller = TestTokens.For("civil-affairs", "county-officer", SampleForms.County, subject: "replica-limits/busy");
        var outcomes = new List<StatusCode>();
        for (var i = 0; i < LimitedRegistryFactory.Burst + 2; i++)
        {
            var registry = i % 2 == 0 ? registries.First : registries.Second;
            try
            {
                await new AreasService.AreasServiceClient(registry.ChannelFor(caller)).ListAreasAsync(new ListAreasRequest());
                outcomes.Add(StatusCode.OK);
            }
            catch (RpcException ex)
            {
                outcomes.Add(ex.StatusCode);
            }
        }

        Assert.Equal([.. Enumerable.Repeat(StatusCode.OK, LimitedRegistryFactory.Burst), StatusCode.ResourceExhausted, StatusCode.ResourceExhausted], outcomes);
        // Another caller has her own bucket.
        var other = TestTokens.For("civil-affairs", "county-officer", SampleForms.County, subject: "replica-limits/calm");
        Assert.NotEmpty((await new AreasService.AreasServiceClient(registries.Second.ChannelFor(other)).ListAreasAsync(new ListAreasRequest())).Areas);
    }

    [Fact]
    public async Task A_caller_gets_the_days_answers_about_numbers_outside_her_area_once_across_instances()
    {
        var elsewhere = SampleForms.Woman(SampleForms.OtherRuralVillage);
        await registries.First.Women.CreateWomanAsync(SampleForms.Create(elsewhere));
        var again = SampleForms.Create(SampleForms.Woman(SampleForms.RuralVillage, idNumber: elsewhere.ResidentIdNumber));
        var prober = TestTokens.For("civil-affairs", "village-staff", SampleForms.RuralVillage, "试号", subject: "replica-limits/prober");

        async Task<StatusCode> TryOn(RegistryFactory registry) =>
            (await Assert.ThrowsAsync<RpcException>(() => registry.WomenAs(prober).CreateWomanAsync(again).ResponseAsync)).StatusCode;

        var refusals = new List<StatusCode>();
        for (var i = 0; i < LimitedRegistryFactory.ProbesPerDay + 1; i++)
        {
            refusals.Add(await TryOn(i % 2 == 0 ? registries.First : registries.Second));
        }
        Assert.Equal([.. Enumerable.Repeat(StatusCode.AlreadyExists, LimitedRegistryFactory.ProbesPerDay), StatusCode.ResourceExhausted], refusals);

        // The next China day (by the service's clock, shared by both instances) starts a new count.
        registries.First.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(StatusCode.AlreadyExists, await TryOn(registries.Second));
    }
}
