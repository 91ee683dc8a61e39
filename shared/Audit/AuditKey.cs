using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace Suite.Audit;

/// <summary>
/// The key of the audit chain's MACs, held outside the database: <c>Audit:MacKey</c> (base64, 32 bytes) when set,
/// else derived (HKDF) from the field hash key <c>DataProtection:HashKey</c> under a label of its own. Whoever can
/// write the database but does not hold the key cannot recompute a record's MAC, so a rewritten chain shows.
/// </summary>
public sealed class AuditKey
{
    public const string Prefix = "k1:";
    private readonly byte[] _key;

    public AuditKey(IConfiguration configuration)
    {
        if (configuration["Audit:MacKey"] is { Length: > 0 } own)
        {
            _key = Convert.FromBase64String(own);
        }
        else if (configuration["DataProtection:HashKey"] is { Length: > 0 } hashKey)
        {
            _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Convert.FromBase64String(hashKey), 32, info: Encoding.UTF8.GetBytes("suite audit chain v1"));
        }
        else
        {
            throw new InvalidOperationException("The audit chain needs a key: set Audit:MacKey or DataProtection:HashKey.");
        }
    }

    /// <summary>The keyed MAC of a text, as stored: "k1:" and lower-case hex.</summary>
    public string Mac(string content) => Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(content)));
}
