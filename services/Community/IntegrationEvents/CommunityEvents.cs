using Google.Protobuf;
using Suite.Community.Model;
using Suite.Contracts.Common;
using Suite.Contracts.Community.V1;

namespace Suite.Community.IntegrationEvents;

/// <summary>The integration events Community publishes on "community.events": ids, codes and areas, never notes or narratives.</summary>
public static class CommunityEvents
{
    public static IEnumerable<IMessage> Changed(PlaceRecord place) =>
        [new PlaceChanged { PlaceId = place.Id, AreaCode = place.AreaCode, KindCode = ProtoEnumNames.Of(place.Kind), Active = place.Active }];
}
