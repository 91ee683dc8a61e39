using Suite.Contracts.Employment.V1;

namespace Suite.Registry.IntegrationEvents;

/// <summary>Employment's trades in the ledger's words (its skills column).</summary>
public static class TradeWords
{
    public static string Of(Trade trade) => trade switch
    {
        Trade.DomesticService => "家政",
        Trade.ElderlyCare => "养老护理",
        Trade.Ecommerce => "电商直播",
        Trade.Handicrafts => "手工",
        Trade.Planting => "种植",
        Trade.Breeding => "养殖",
        _ => "其他",
    };
}
