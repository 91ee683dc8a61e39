using Google.Protobuf;
using Suite.Contracts.Employment.V1;
using Suite.Employment.Model;

namespace Suite.Employment.IntegrationEvents;

/// <summary>The integration events Employment publishes on "employment.events", for the Registry's ledger.</summary>
public static class EmploymentEvents
{
    public static IEnumerable<IMessage> Placed(PlacementRecord placement, Trade trade) =>
        [new WomanPlaced { PlacementId = placement.Id, WomanId = placement.WomanId, Trade = trade }];

    public static IEnumerable<IMessage> Ended(PlacementRecord placement) =>
        [new PlacementEnded { PlacementId = placement.Id, WomanId = placement.WomanId }];

    public static IEnumerable<IMessage> Certified(CertificateRecord certificate) =>
        [new CertificateEarned { CertificateId = certificate.Id, WomanId = certificate.WomanId, Trade = certificate.Trade, Level = certificate.Level }];
}
