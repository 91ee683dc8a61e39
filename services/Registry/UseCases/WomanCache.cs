using Suite.Redis;
using Proto = Suite.Contracts.Registry.V1;

namespace Suite.Registry.UseCases;

/// <summary>Hot single-woman reads through Redis; every write drops the entry after its commit.</summary>
public sealed class WomanCache(RecordCache cache)
{
    private static string Key(long id) => $"registry:woman:{id}";

    public Task<Proto.Woman?> GetAsync(long id) => cache.GetAsync(Key(id), Proto.Woman.Parser);

    public Task SetAsync(Proto.Woman woman) => cache.SetAsync(Key(woman.Id), woman);

    public Task InvalidateAsync(long id) => cache.RemoveAsync(Key(id));

    /// <summary>Drops many entries in one round trip (an import chunk's updated women).</summary>
    public Task InvalidateAsync(IReadOnlyCollection<long> ids) => ids.Count == 0 ? Task.CompletedTask : cache.RemoveAsync([.. ids.Select(Key)]);
}
