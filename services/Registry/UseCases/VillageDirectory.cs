using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Registry.V1;
using Suite.Redis;
using Suite.Registry.Infrastructure;
using Area = Suite.Registry.Model.Area;

namespace Suite.Registry.UseCases;

/// <summary>
/// Areas held in memory: every create, update and import row checks its village, and a province has only
/// some ten thousand villages. A miss reads the database, so areas imported by another instance are found; an area
/// changed by another instance (renamed, reclassified rural) is dropped here through <see cref="InstanceCaches"/>, and
/// the whole copy is read afresh every five minutes anyway (the bound while Redis cannot pass the word).
/// </summary>
public sealed class VillageDirectory
{
    private const string CacheName = "areas";
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(5);
    private readonly IServiceScopeFactory _scopes;
    private readonly InstanceCaches _caches;
    private volatile ConcurrentDictionary<string, Area>? _areas;
    private long _loadedAt;

    public VillageDirectory(IServiceScopeFactory scopes, InstanceCaches caches)
    {
        (_scopes, _caches) = (scopes, caches);
        caches.Register(CacheName, Invalidate);
    }

    public Area? FindVillage(string code) => Find(code) is { Level: AreaLevel.Village } a ? a : null;

    public Area? Find(string code)
    {
        var areas = _areas is { } held && Environment.TickCount64 - Interlocked.Read(ref _loadedAt) < (long)KeptFor.TotalMilliseconds ? held : Load();
        if (areas.TryGetValue(code, out var area))
        {
            return area;
        }
        using var scope = _scopes.CreateScope();
        var fromDb = scope.ServiceProvider.GetRequiredService<RegistryDbContext>().Areas.AsNoTracking().FirstOrDefault(a => a.Code == code);
        return fromDb is null ? null : areas[code] = fromDb;
    }

    public string NameOf(string code) => Find(code)?.Name ?? code;

    /// <summary>Forgets everything here; the next lookup reloads.</summary>
    public void Invalidate() => _areas = null;

    /// <summary>After an area import: forgets everything here and on every other instance.</summary>
    public Task ChangedAsync() => _caches.DropEverywhereAsync(CacheName);

    private ConcurrentDictionary<string, Area> Load()
    {
        using var scope = _scopes.CreateScope();
        var all = scope.ServiceProvider.GetRequiredService<RegistryDbContext>().Areas.AsNoTracking().ToDictionary(a => a.Code);
        var areas = new ConcurrentDictionary<string, Area>(all);
        _areas = areas;
        Interlocked.Exchange(ref _loadedAt, Environment.TickCount64);
        return areas;
    }
}
