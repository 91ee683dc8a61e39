using Suite.Contracts.LegalAid.V1;
using Suite.Persistence;

namespace Suite.LegalAid.Model;

/// <summary>A crime on a matter referred to a police station, and the police's feedback.</summary>
public sealed class PoliceReferralRecord : IVersioned
{
    public long Id { get; set; }
    public long Version { get; set; }
    public string RequestId { get; set; } = "";
    public long MatterId { get; set; }
    public string AreaCode { get; set; } = "";
    public CrimeKind Crime { get; set; }
    public string Station { get; set; } = "";
    public DateOnly ReferredOn { get; set; }
    public string Feedback { get; set; } = "";
    public DateOnly? FeedbackOn { get; set; }
}
