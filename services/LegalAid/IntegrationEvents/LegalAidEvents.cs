using Google.Protobuf;
using Suite.Contracts.Common;
using Suite.Contracts.LegalAid.V1;
using Matter = Suite.LegalAid.Model.Matter;
using Suite.LegalAid.Model;

namespace Suite.LegalAid.IntegrationEvents;

/// <summary>
/// The integration events Legal aid publishes on "legalaid.events". Only the woman, a reason code and the area cross
/// over: never the narrative, the parties or the measures.
/// </summary>
public static class LegalAidEvents
{
    public static IEnumerable<IMessage> TurnedRed(Matter matter)
    {
        if (matter.WomanId is { } woman)
        {
            yield return new MatterTurnedRed { MatterId = matter.Id, WomanId = woman, VillageCode = matter.AreaCode, ReasonCode = ProtoEnumNames.Of(matter.Kind) };
        }
    }

    public static IEnumerable<IMessage> OrderIssued(ProtectionOrderRecord order)
    {
        if (order.WomanId is { } woman)
        {
            yield return new ProtectionOrderIssued { OrderId = order.Id, WomanId = woman, VillageCode = order.AreaCode };
        }
    }
}
