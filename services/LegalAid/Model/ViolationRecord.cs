namespace Suite.LegalAid.Model;

/// <summary>A reported violation of a protection order.</summary>
public sealed class ViolationRecord
{
    public DateOnly Date { get; set; }
    public string Description { get; set; } = "";
}
