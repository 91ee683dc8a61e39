using System.Security.Cryptography;
using System.Text;

namespace Suite.Audit;

/// <summary>A resource named by an audit record, indexed so "who accessed her record" is one lookup.</summary>
public sealed class AuditEntryResource
{
    public long AuditEntryId { get; set; }
    public int Position { get; set; }
    public string Resource { get; set; } = "";
}
