namespace Suite.FamilyEducation.Model;

/// <summary>
/// A woman's household as the Registry's events describe it (children without names), for every woman who consented
/// to sharing. The youngest child's birth date answers "has minor children at date D" in the database, so coverage
/// counts a county without reading the children of each household.
/// </summary>
public sealed class HouseholdRecord
{
    public long WomanId { get; set; }
    public string VillageCode { get; set; } = "";
    public bool Active { get; set; }
    public DateOnly? YoungestChildBirth { get; set; }
    public List<ChildRecord> Children { get; set; } = [];
    public long LastEventId { get; set; }
}
