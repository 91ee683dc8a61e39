using Suite.Contracts.Registry.V1;

namespace Suite.Registry.Model;

/// <summary>A child under 16 or an elderly dependant in the woman's household; stored as JSON inside the woman's row.</summary>
public sealed class HouseholdMember
{
    public HouseholdRelation Relation { get; set; }
    public string Name { get; set; } = "";
    public DateOnly? BirthDate { get; set; }
    public Schooling Schooling { get; set; }
    public string Note { get; set; } = "";
}
