using System.Text;
using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using Suite.Contracts;
using Suite.Contracts.Common.V1;
using Suite.Registry.UseCases;

namespace Suite.Registry.FunctionalTests.Replicas;

/// <summary>
/// Each shared mechanism with two instances of the Registry on one database and one Redis: the audit chain stays one
/// chain, a create retried on the other instance answers the first result, events go out once with one relay at a
/// time and a dead relay's lease is taken over, start-up work runs once, and an area changed on one instance is
/// dropped from the other's memory.
/// </summary>
public sealed class TwoInstanceTests : IDisposable
{
    private readonly TwoRegistries _two = new();

    public void Dispose() => _two.Dispose();

    private static WomenService.WomenServiceClient Women(SuiteServiceHost<RegistryEntryPoint> instance) => new(instance.ChannelFor(TestTokens.Admin));

    [Fact]
    public async Task Audited_calls_on_both_instances_make_one_chain_that_verifies()
    {
        await _two.StartTogetherAsync();
        const int PerInstance = 12;
        var calls = Enumerable.Range(0, PerInstance).SelectMany(_ => new[] { _two.A, _two.B })
            .Select(instance => Women(instance).CreateWomanAsync(SampleForms.Create()).ResponseAsync);
        var created = await Task.WhenAll(calls);
        Assert.Equal(2 * PerInstance, created.Select(w => w.Id).Distinct().Count());
        await Eventually.Until(() => Task.FromResult<string?>(
            _two.Scalar("SELECT COUNT(*) FROM AuditLog WHERE Action LIKE '%/CreateWoman'") >= 4 * PerInstance && _two.Scalar("SELECT COUNT(*) FROM AuditInbox") == 0 ? "" : null));

        // No fork: no two records link to the same one; no gap: every record links to the one before it by id.
        Assert.Equal(0, _two.Scalar("SELECT COUNT(*) FROM (SELECT PreviousHash FROM AuditLog GROUP BY PreviousHash HAVING COUNT(*) > 1)"));
        Assert.Equal(0, _two.Scalar("""
            SELECT COUNT(*) FROM AuditLog later JOIN AuditLog earlier ON earlier.Id = (SELECT MAX(Id) FROM AuditLog WHERE Id < later.Id)
            WHERE later.PreviousHash <> earlier.Hash
            """));
        foreach (var instance in new[] { _two.A, _two.B })
        {
            var verified = await new AuditService.AuditServiceClient(instance.ChannelFor(TestTokens.Auditor)).VerifyAuditChainAsync(new VerifyAuditChainRequest());
            Assert.True(verified.Intact, verified.Problem);
            Assert.True(verified.RecordsChecked >= 4 * PerInstance);
        }
    }

    [Fact]
    public async Task One_request_id_sent_to_both_instances_at_once_creates_one_woman()
    {
        await _two.StartTogetherAsync();
        var request = SampleForms.Create();
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Women(i % 2 == 0 ? _two.A : _two.B).CreateWomanAsync(request).ResponseAsync));
        Assert.Single(answers.Select(a => a.Id).Distinct());
        Assert.Equal(1, _two.Scalar("SELECT COUNT(*) FROM Women"));
    }

    [Fact]
    public async Task Events_of_both_instances_are_published_once_each_by_one_relay_at_a_time()
    {
        await _two.StartTogetherAsync();
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Women(i % 2 == 0 ? _two.A : _two.B).CreateWomanAsync(SampleForms.Create()).ResponseAsync));
        using var redis = await ConnectionMultiplexer.ConnectAsync(_two.CacheConnectionString);
        var db = redis.GetDatabase();
        await Eventually.Until(() => Task.FromResult<string?>(_two.Scalar("SELECT COUNT(*) FROM OutboxMessages WHERE PublishedAt IS NULL") == 0 ? "" : null));

        var entries = await db.StreamRangeAsync(EventStreams.Registry);
        Assert.Equal(_two.Scalar("SELECT COUNT(*) FROM OutboxMessages"), entries.Length);
        Assert.Equal(entries.Length, entries.Select(e => (string?)e[EventStreams.EventId]).Distinct().Count());
        // One holder of the relay's lease, one of the two instances.
        Assert.False((await db.StringGetAsync($"outbox.lease.{EventStreams.Registry}")).IsNullOrEmpty);
    }

    [Fact]
    public async Task When_the_relay_holder_dies_the_other_instance_takes_the_lease_and_its_waiting_events()
    {
        using var redis = await ConnectionMultiplexer.ConnectAsync(_two.CacheConnectionString);
        var db = redis.GetDatabase();
        // An instance that died a moment ago holds the lease for another 3 s, and will never renew it.
        var lease = $"outbox.lease.{EventStreams.Registry}";
        await db.StringSetAsync(lease, "gone:1:dead", TimeSpan.FromSeconds(3));
        await _two.StartTogetherAsync();
        var woman = await Women(_two.A).CreateWomanAsync(SampleForms.Create());

        await Eventually.Until(() => Task.FromResult<string?>(_two.Scalar("SELECT COUNT(*) FROM OutboxMessages WHERE PublishedAt IS NULL") == 0 ? "" : null));
        Assert.NotEqual("gone:1:dead", (string?)await db.StringGetAsync(lease));
        var entries = await db.StreamRangeAsync(EventStreams.Registry);
        Assert.Equal(_two.Scalar("SELECT COUNT(*) FROM OutboxMessages"), entries.Length);
        Assert.Contains(entries, e => (string?)e[EventStreams.Type] == WomanRegistered.Descriptor.FullName);
        Assert.True(woman.Id > 0);
    }

    [Fact]
    public async Task Sample_data_is_loaded_once_when_both_instances_start_together_on_an_empty_database()
    {
        using var two = new TwoRegistries(new Dictionary<string, string> { ["Registry:SampleData"] = "All" });
        await two.StartTogetherAsync();
        // Both instances have finished their start-up work once both answer.
        await Women(two.A).ListWomenAsync(new ListWomenRequest { PageSize = 1 });
        await Women(two.B).ListWomenAsync(new ListWomenRequest { PageSize = 1 });

        Assert.Equal(60, two.Scalar("SELECT COUNT(*) FROM Women"));
        Assert.Equal(57, two.Scalar("SELECT COUNT(*) FROM Areas"));
        Assert.Equal(1, two.Scalar("SELECT COUNT(*) FROM __EFMigrationsHistory WHERE MigrationId = (SELECT MAX(MigrationId) FROM __EFMigrationsHistory)"));
    }

    [Fact]
    public async Task An_area_renamed_through_one_instance_is_dropped_from_the_other_instances_memory()
    {
        await _two.StartTogetherAsync();
        var directoryOfA = _two.A.Services.GetRequiredService<VillageDirectory>();
        Assert.Equal("东升村", directoryOfA.NameOf(SampleForms.RuralVillage));
        // Give A's subscription a moment to be in place before B speaks (it is made when A starts).
        await Eventually.Until(async () => (await SubscribersAsync()) >= 2 ? "" : null);

        var csv = $"code,name,level,urban_rural_code\n{SampleForms.RuralVillage},东升新村,village,210\n";
        await new AreasService.AreasServiceClient(_two.B.ChannelFor(TestTokens.Admin)).ImportAreasAsync(new ImportAreasRequest { Csv = ByteString.CopyFrom(Encoding.UTF8.GetBytes(csv)) });

        await Eventually.Until(() => Task.FromResult<string?>(directoryOfA.NameOf(SampleForms.RuralVillage) == "东升新村" ? "" : null));
    }

    private async Task<long> SubscribersAsync()
    {
        using var redis = await ConnectionMultiplexer.ConnectAsync(_two.CacheConnectionString);
        var counts = await redis.GetDatabase().ExecuteAsync("PUBSUB", "NUMSUB", $"caches.{typeof(RegistryEntryPoint).Assembly.GetName().Name}");
        return (long)((RedisResult[])counts!)[1];
    }
}
