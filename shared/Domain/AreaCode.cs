namespace Suite.Domain;

/// <summary>
/// The 12-digit statistical division code: 2 province + 2 city + 2 county + 3 township + 3 village digits.
/// Areas are stored by their significant prefix: 6 digits for a county, 9 for a township, 12 for a village.
/// </summary>
public static class AreaCode
{
    public const int CountyLength = 6;
    public const int TownshipLength = 9;
    public const int VillageLength = 12;

    private static readonly int[] PrefixLengths = [2, 4, CountyLength, TownshipLength, VillageLength];

    public static bool IsDigits(string code) => code.Length > 0 && code.All(char.IsAsciiDigit);

    /// <summary>A valid area filter prefix: empty (everything) or 2, 4, 6, 9 or 12 digits.</summary>
    public static bool IsValidPrefix(string prefix) => prefix.Length == 0 || (IsDigits(prefix) && PrefixLengths.Contains(prefix.Length));

    public static string ParentOf(string code) => code.Length switch
    {
        VillageLength => code[..TownshipLength],
        TownshipLength => code[..CountyLength],
        _ => "",
    };

    public static string CountyOf(string villageCode) => villageCode[..CountyLength];

    public static string TownshipOf(string villageCode) => villageCode[..TownshipLength];

    /// <summary>
    /// The village codes covered by a prefix as an inclusive range, so that a prefix filter is an index
    /// range scan on both providers (LIKE 'x%' is not, on SQLite).
    /// </summary>
    public static (string Low, string High) VillageRange(string prefix) =>
        (prefix.PadRight(VillageLength, '0'), prefix.PadRight(VillageLength, '9'));

    /// <summary>Length of the child level's code below a prefix, for grouping statistics (province → city → county → township → village).</summary>
    public static int ChildLength(string prefix) => prefix.Length switch
    {
        0 => 2,
        2 => 4,
        4 => CountyLength,
        CountyLength => TownshipLength,
        _ => VillageLength,
    };
}
