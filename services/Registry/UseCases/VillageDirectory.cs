using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Registry.V1;
using Suite.Registry.Infrastructure;
using Area = Suite.Registry.Model.Area;

namespace Suite.Registry.UseCases;

/// <summary>
/// Areas held in memory: every create, update and import row checks its village, and a province has only
/// some ten thousand villages. A miss reads the database, so areas imported by another instance are found.
/// </summary>
public sealed class VillageDirectory(IServiceScopeFactory scopes)
{
    private volatile ConcurrentDictionary<string, Area>? _areas;

    public Area? FindVillage(string code) => Find(code) is { Level: AreaLevel.Village } a ? a : null;

    public Area? Find(string code)
    {
        var areas = _areas ?? Load();
        if (areas.TryGetValue(code, out var area))
        {
            return area;
        }
        using var scope = scopes.CreateScope();
        var fromDb = scope.ServiceProvider.GetRequiredService<RegistryDbContext>().Areas.AsNoTracking().FirstOrDefault(a => a.Code == code);
        return fromDb is null ? null : areas[code] = fromDb;
    }

    public string NameOf(string code) => Find(code)?.Name ?? code;

    /// <summary>Forgets everything after an area import; the next lookup reloads.</summary>
    public void Invalidate() => _areas = null;

    private ConcurrentDictionary<string, Area> Load()
    {
        using var scope = scopes.CreateScope();
        var all = scope.ServiceProvider.GetRequiredService<RegistryDbContext>().Areas.AsNoTracking().ToDictionary(a => a.Code);
        var areas = new ConcurrentDictionary<string, Area>(all);
        _areas = areas;
        return areas;
    }
}
