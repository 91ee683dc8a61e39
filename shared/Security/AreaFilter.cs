using Suite.Domain;
using Suite.GrpcServer.Errors;

namespace Suite.Security;

public static class AreaFilter
{
    /// <summary>
    /// The area a list or count may cover: the requested code prefix (validated as empty or 2, 4, 6, 9 or 12 digits),
    /// narrowed to the caller's scope; a request outside the scope is refused.
    /// </summary>
    public static string AreaFor(this CurrentCaller caller, string requested, string field = "area_code")
    {
        if (!AreaCode.IsValidPrefix(requested))
        {
            throw ValidationFailedException.For(field, "must be empty or 2, 4, 6, 9 or 12 digits");
        }
        return caller.Scope.Narrow(requested, field);
    }
}
