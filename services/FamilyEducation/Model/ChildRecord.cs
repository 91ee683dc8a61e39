using Suite.Contracts.Registry.V1;

namespace Suite.FamilyEducation.Model;

/// <summary>A child of a household: birth date and schooling, no name.</summary>
public sealed class ChildRecord
{
    public DateOnly? BirthDate { get; set; }
    public Schooling Schooling { get; set; }
}
