using Suite.GrpcServer.Errors;

namespace Suite.Security;

/// <summary>
/// Territorial management (属地管理): a caller works inside an area code prefix. A record outside it does not
/// exist for her (NOT_FOUND); a write into another area is PERMISSION_DENIED; lists are cut to the scope.
/// </summary>
public readonly record struct AreaScope(string Prefix)
{
    public bool Covers(string areaCode) => areaCode.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Inside the scope, or an area the scope lies in (a county's course or employer, seen from its townships and villages).</summary>
    public bool CoversOrIsAbove(string areaCode) => Covers(areaCode) || (areaCode.Length > 0 && Prefix.StartsWith(areaCode, StringComparison.Ordinal));

    /// <summary>
    /// The area a query may cover: the requested prefix when it lies inside the scope, the scope when the request
    /// is wider (or empty). A request for an area outside the scope is refused.
    /// </summary>
    public string Narrow(string requested, string field)
    {
        if (requested.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return requested;
        }
        if (Prefix.StartsWith(requested, StringComparison.Ordinal))
        {
            return Prefix;
        }
        throw new AccessDeniedException("{0} {1} is outside your area {2}.", field, requested, Prefix);
    }

    /// <summary>Refuses a write into an area outside the scope.</summary>
    public void RequireWrite(string areaCode, string field)
    {
        if (!Covers(areaCode))
        {
            throw new AccessDeniedException("{0} {1} is outside your area {2}.", field, areaCode, Prefix.Length == 0 ? "(nationwide)" : Prefix);
        }
    }

    /// <summary>Hides a record outside the scope: its existence is not revealed.</summary>
    public void RequireVisible(string areaCode, string resourceType, string id)
    {
        if (!Covers(areaCode))
        {
            throw new ResourceNotFoundException(resourceType, id);
        }
    }
}
