using Suite.Contracts.LegalAid.V1;
using Suite.Persistence;

namespace Suite.LegalAid.Model;

/// <summary>A people's mediation of a matter: committee, mediator, sessions, agreement and follow-up.</summary>
public sealed class MediationCase : IVersioned
{
    public long Id { get; set; }
    public long Version { get; set; }
    public string RequestId { get; set; } = "";
    public long MatterId { get; set; }
    public string AreaCode { get; set; } = "";
    public string Committee { get; set; } = "";
    public string Mediator { get; set; } = "";
    public List<MediationSessionRecord> Sessions { get; set; } = [];
    public Agreement Agreement { get; set; }
    public DateOnly? FollowUpDate { get; set; }
    public NextStep NextStep { get; set; }
    public DateTime OpenedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
}
