using Suite.Contracts.Employment.V1;

namespace Suite.Employment.Model;

/// <summary>A skill certificate (水平评定) of a woman.</summary>
public sealed class CertificateRecord
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public long WomanId { get; set; }
    public string VillageCode { get; set; } = "";
    public long? CourseId { get; set; }
    public Trade Trade { get; set; }
    public string Kind { get; set; } = "";
    public string Level { get; set; } = "";
    public DateOnly IssuedOn { get; set; }
    public string Issuer { get; set; } = "";
}
