using Suite.Contracts.LegalAid.V1;

namespace Suite.LegalAid.Rules;

/// <summary>
/// Three-colour control (三色管控) of marriage and family disputes: red needs a follow-up within hours and is escalated
/// to the township and to public security; yellow is followed up at a longer interval; green needs none.
/// </summary>
public sealed class RiskControl(TimeSpan redInterval, TimeSpan yellowInterval)
{
    private static readonly MatterKind[] FamilyKinds = [MatterKind.MarriageFamily, MatterKind.DomesticViolence, MatterKind.AbandonmentMaintenance];

    /// <summary>Where a red matter is escalated to (recorded in its history, which staff read: in their words).</summary>
    public const string RedEscalation = "乡镇司法所、公安派出所";

    public static bool Applies(MatterKind kind) => FamilyKinds.Contains(kind);

    /// <summary>When the next follow-up of a matter of this colour falls due; null for green or none.</summary>
    public DateTime? FollowUpDue(RiskColour colour, DateTime from) => colour switch
    {
        RiskColour.Red => from + redInterval,
        RiskColour.Yellow => from + yellowInterval,
        _ => null,
    };
}
