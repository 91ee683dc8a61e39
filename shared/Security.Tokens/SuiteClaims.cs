namespace Suite.Security.Tokens;

/// <summary>The claims a suite token carries (JWT claim names, not remapped).</summary>
public static class SuiteClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    /// <summary>Department code, e.g. "civil-affairs", "womens-federation", "justice".</summary>
    public const string Department = "department";
    /// <summary>Role within the department, e.g. "village-staff", "township-officer", "county-officer", "auditor", "admin".</summary>
    public const string Role = "role";
    /// <summary>Area scope: a statistical division code prefix (2, 4, 6, 9 or 12 digits), or <see cref="Nationwide"/>.</summary>
    public const string Area = "area";
    /// <summary>The explicit nationwide area: only the admin role and service identities may carry it.</summary>
    public const string Nationwide = "*";
}
