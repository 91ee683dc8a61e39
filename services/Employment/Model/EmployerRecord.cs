using Suite.Contracts.Employment.V1;

namespace Suite.Employment.Model;

/// <summary>A cooperative, family farm, leading enterprise, rural-tourism business or workshop.</summary>
public sealed class EmployerRecord
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public string Name { get; set; } = "";
    public EmployerKind Kind { get; set; }
    public string AreaCode { get; set; } = "";
}
