namespace Suite.Registry.FunctionalTests;

/// <summary>A Redis that hangs (stopped with SIGSTOP: connected, never answering) is a cache miss, never an error.</summary>
public sealed class HungRedisTests(OwnRedisRegistryFactory registry) : IClassFixture<OwnRedisRegistryFactory>
{
    [Fact]
    public async Task Every_cache_path_answers_from_the_database_while_Redis_hangs()
    {
        var woman = await registry.Women.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(name: "挂起")));
        await registry.Women.GetWomanAsync(new GetWomanRequest { Id = woman.Id }); // cached now
        registry.Redis.Pause();
        try
        {
            // Read (cache read, then a write of the record read), update (cache invalidation), list, statistics.
            Assert.Equal("挂起", (await registry.Women.GetWomanAsync(new GetWomanRequest { Id = woman.Id })).Name);
            var changed = woman.Clone();
            changed.Address = "新址 1 号";
            var updated = await registry.Women.UpdateWomanAsync(new UpdateWomanRequest { Woman = changed, Reason = "搬家", RecordedBy = "测试" });
            Assert.Equal("新址 1 号", (await registry.Women.GetWomanAsync(new GetWomanRequest { Id = woman.Id })).Address);
            Assert.Equal(updated.Etag, (await registry.Women.GetWomanAsync(new GetWomanRequest { Id = woman.Id })).Etag);
            Assert.NotEmpty((await registry.Women.ListWomenAsync(new ListWomenRequest { Filter = new WomenFilter { NamePrefix = "挂起" } })).Women);
            Assert.True((await registry.Women.GetStatisticsAsync(new GetStatisticsRequest())).Total > 0);
        }
        finally
        {
            registry.Redis.Resume();
        }
        // Once Redis answers again, the record it holds is the current one (the invalidation sent while it hung ran).
        await Task.Delay(RecordCacheResumes);
        Assert.Equal("新址 1 号", (await registry.Women.GetWomanAsync(new GetWomanRequest { Id = woman.Id })).Address);
    }

    private static readonly TimeSpan RecordCacheResumes = Suite.Redis.RecordCache.PauseAfterFailure + TimeSpan.FromSeconds(1);
}
