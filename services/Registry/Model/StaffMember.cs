using Suite.Contracts.Registry.V1;
using Suite.Persistence;

namespace Suite.Registry.Model;

/// <summary>A designated staff member of a township or village (工作队伍台账, attachment 1).</summary>
public sealed class StaffMember : IVersioned
{
    public long Id { get; set; }
    public long Version { get; set; }
    public string? CreateRequestId { get; set; }
    public string Name { get; set; } = "";
    public string AreaCode { get; set; } = "";
    public string Position { get; set; } = "";
    public Employment Employment { get; set; }
    public string Phone { get; set; } = "";
    /// <summary>Duties as a bit mask (bit n = duty n).</summary>
    public int Duties { get; set; }
    public bool Active { get; set; } = true;
    public DateTime UpdatedAt { get; set; }
}
