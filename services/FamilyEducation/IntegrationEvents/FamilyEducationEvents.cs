using Google.Protobuf;
using Suite.Contracts.Common;
using Suite.Contracts.FamilyEducation.V1;
using Suite.FamilyEducation.Model;

namespace Suite.FamilyEducation.IntegrationEvents;

/// <summary>The integration events Family education publishes on "familyeducation.events": never a child's details or a narrative.</summary>
public static class FamilyEducationEvents
{
    public static IEnumerable<IMessage> Serious(ConcernRecord concern) =>
        [new SeriousConcernRaised { ConcernId = concern.Id, WomanId = concern.WomanId, VillageCode = concern.VillageCode, KindCode = ProtoEnumNames.Of(concern.Kind) }];
}
