using Suite.Contracts.Registry.V1;
using Suite.Domain;

namespace Suite.Registry.Rules;

/// <summary>The level of an area by the length of its significant code.</summary>
public static class AreaLevels
{
    public static AreaLevel Of(string code) => code.Length switch
    {
        AreaCode.CountyLength => AreaLevel.County,
        AreaCode.TownshipLength => AreaLevel.Township,
        AreaCode.VillageLength => AreaLevel.Village,
        _ => AreaLevel.Unspecified,
    };
}
