namespace Suite.Registry.Model;

/// <summary>A woman verified in a survey round; at most one per round and woman.</summary>
public sealed class SurveyVerification
{
    public long RoundId { get; set; }
    public long WomanId { get; set; }
    public string VerifiedBy { get; set; } = "";
    public string Note { get; set; } = "";
    public DateTime VerifiedAt { get; set; }
}
