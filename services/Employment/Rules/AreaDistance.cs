using Suite.Contracts.Employment.V1;
using Suite.Domain;

namespace Suite.Employment.Rules;

/// <summary>
/// How far work is from a woman, in the area hierarchy (就近就地就业): the same village, the same township, the same
/// county, or further. A post placed at a township is in the same township for each of its villages.
/// </summary>
public static class AreaDistance
{
    public static Distance Between(string village, string workArea)
    {
        if (workArea.Length == AreaCode.VillageLength && workArea == village)
        {
            return Distance.SameVillage;
        }
        if (workArea.Length >= AreaCode.TownshipLength && village.Length >= AreaCode.TownshipLength && workArea[..AreaCode.TownshipLength] == village[..AreaCode.TownshipLength])
        {
            return Distance.SameTownship;
        }
        if (workArea.Length >= AreaCode.CountyLength && village.Length >= AreaCode.CountyLength && workArea[..AreaCode.CountyLength] == village[..AreaCode.CountyLength])
        {
            return Distance.SameCounty;
        }
        return Distance.Further;
    }

    /// <summary>True when the distance is within what she said she can travel (unspecified: any).</summary>
    public static bool Within(Distance distance, Distance max) => max == Distance.Unspecified || distance <= max;

    public static string Words(Distance distance) => distance switch
    {
        Distance.SameVillage => "同村",
        Distance.SameTownship => "同乡镇",
        Distance.SameCounty => "同县",
        _ => "县外",
    };
}
