namespace Suite.LegalAid.UseCases;

/// <summary>The county's settings (<c>LegalAid:*</c>): follow-up intervals of red and yellow matters, the decision target.</summary>
public sealed class LegalAidOptions
{
    public double RedFollowUpHours { get; set; } = 24;
    public double YellowFollowUpHours { get; set; } = 72;
    /// <summary>Days from application to decision the county aims for ("aid fast": the share decided within it is reported).</summary>
    public int DecisionTargetDays { get; set; } = 7;
}
