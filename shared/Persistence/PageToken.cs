using System.Buffers.Text;
using System.Text;
using Suite.GrpcServer.Errors;

namespace Suite.Persistence;

/// <summary>
/// Opaque keyset page tokens (AIP-158): the sort key of the last row returned, bound to the query's filter so a
/// token cannot be replayed against another filter. Keyset paging stays correct while rows are added or changed.
/// </summary>
public static class PageToken
{
    private const char Separator = '\u001F';

    public static string Encode(string filterKey, params string[] lastKey) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(Separator, [Fingerprint(filterKey), .. lastKey])));

    /// <summary>The key parts of a token, or null for the first page; a token that is not ours fails validation of "page_token".</summary>
    public static string[]? Decode(string token, string filterKey, int parts)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }
        string[] fields;
        try
        {
            fields = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split(Separator);
        }
        catch (FormatException)
        {
            throw ValidationFailedException.For("page_token", "is not a token returned by this method");
        }
        if (fields.Length != parts + 1 || fields[0] != Fingerprint(filterKey))
        {
            throw ValidationFailedException.For("page_token", "does not belong to this query: keep the filter of the first page");
        }
        return fields[1..];
    }

    /// <summary>Clamps a requested page size: 0 means the default.</summary>
    public static int Size(int requested, int defaultSize, int max)
    {
        if (requested < 0 || requested > max)
        {
            throw ValidationFailedException.For("page_size", $"must be between 0 and {max}");
        }
        return requested == 0 ? defaultSize : requested;
    }

    private static string Fingerprint(string filterKey) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(filterKey)).AsSpan(0, 6));
}
