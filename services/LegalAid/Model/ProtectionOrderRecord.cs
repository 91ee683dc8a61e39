using Suite.Contracts.LegalAid.V1;
using Suite.Persistence;

namespace Suite.LegalAid.Model;

/// <summary>A personal safety protection order (人身安全保护令): applied, issued or refused, its measures and violations.</summary>
public sealed class ProtectionOrderRecord : IVersioned
{
    public long Id { get; set; }
    public long Version { get; set; }
    public string RequestId { get; set; } = "";
    public long MatterId { get; set; }
    public long? WomanId { get; set; }
    public string AreaCode { get; set; } = "";
    public OrderStatus Status { get; set; }
    public string Court { get; set; } = "";
    public DateOnly AppliedOn { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public List<string> Measures { get; set; } = [];
    public List<ViolationRecord> Violations { get; set; } = [];
}
