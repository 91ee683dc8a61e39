namespace Suite.LegalAid.Model;

/// <summary>A session of a mediation.</summary>
public sealed class MediationSessionRecord
{
    public DateOnly Date { get; set; }
    public string Note { get; set; } = "";
}
