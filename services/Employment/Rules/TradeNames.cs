using Suite.Contracts.Employment.V1;

namespace Suite.Employment.Rules;

/// <summary>The Chinese name of each trade, as staff and the women write it in their skills.</summary>
public static class TradeNames
{
    private static readonly Dictionary<Trade, string[]> Words = new()
    {
        [Trade.DomesticService] = ["家政", "保洁", "月嫂", "育婴"],
        [Trade.ElderlyCare] = ["养老", "护理", "护工"],
        [Trade.Ecommerce] = ["电商", "直播", "网店"],
        [Trade.Handicrafts] = ["手工", "编织", "刺绣", "缝纫"],
        [Trade.Planting] = ["种植", "蔬菜", "果树", "大棚"],
        [Trade.Breeding] = ["养殖", "养鸡", "养猪", "养牛"],
        [Trade.Other] = ["其他"],
    };

    public static string Of(Trade trade) => Words.TryGetValue(trade, out var words) ? words[0] : "";

    /// <summary>True when one of her stated skills names the trade ("家政服务" names 家政).</summary>
    public static bool Mentioned(Trade trade, IEnumerable<string> skills) =>
        Words.TryGetValue(trade, out var words) && skills.Any(skill => words.Any(word => skill.Contains(word, StringComparison.Ordinal)));
}
