using Suite.Contracts.Community.V1;

namespace Suite.Community.Model;

/// <summary>One kind of service a project promised, and what its organisation last claimed to have delivered.</summary>
public sealed class ProjectServiceRecord
{
    public long Id { get; set; }
    public long ProjectId { get; set; }
    public ProjectServiceKind Kind { get; set; }
    public int Promised { get; set; }
    public int? Claimed { get; set; }
}
