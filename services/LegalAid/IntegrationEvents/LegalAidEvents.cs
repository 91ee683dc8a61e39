using Google.Protobuf;
using Suite.Contracts.LegalAid.V1;
using Suite.LegalAid.Model;
using Suite.LegalAid.Rules;
using Matter = Suite.LegalAid.Model.Matter;

namespace Suite.LegalAid.IntegrationEvents;

/// <summary>
/// The integration events Legal aid publishes on "legalaid.events". Only the woman, the area and coded needs cross
/// over: never the narrative, the parties, the measures or the matter's kind.
/// </summary>
public static class LegalAidEvents
{
    public static IEnumerable<IMessage> TurnedRed(Matter matter)
    {
        if (matter.WomanId is { } woman)
        {
            var (needs, urgency) = RedMatterNeeds.Of(matter.Kind);
            yield return new MatterTurnedRed { MatterId = matter.Id, WomanId = woman, VillageCode = matter.AreaCode, Needs = { needs }, Urgency = urgency, Sensitive = matter.Sensitive };
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
