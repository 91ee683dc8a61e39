using Suite.Contracts.Community.V1;
using Suite.Persistence;

namespace Suite.Community.Model;

/// <summary>An objection to a nomination raised during its public notice, and how it was resolved.</summary>
public sealed class ObjectionRecord : IVersioned
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public long NominationId { get; set; }
    /// <summary>The nomination's village: the objection's area.</summary>
    public string VillageCode { get; set; } = "";
    public string Text { get; set; } = "";
    public string RaisedBy { get; set; } = "";
    public DateOnly RecordedOn { get; set; }
    public ObjectionStatus Status { get; set; }
    public string Resolution { get; set; } = "";
    public DateOnly? ResolvedOn { get; set; }
    public long Version { get; set; }
}
