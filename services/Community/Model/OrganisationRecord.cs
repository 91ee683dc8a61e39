using Suite.Contracts.Community.V1;

namespace Suite.Community.Model;

/// <summary>A social organisation (社会组织) with its unified social credit code and qualifications.</summary>
public sealed class OrganisationRecord
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>统一社会信用代码, unique.</summary>
    public string CreditCode { get; set; } = "";
    public string AreaCode { get; set; } = "";
    public OrganisationKind Kind { get; set; }
    public List<string> Qualifications { get; set; } = [];
    public string ContactName { get; set; } = "";
    public string ContactPhone { get; set; } = "";
}
