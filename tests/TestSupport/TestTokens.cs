using Suite.Security;
using Suite.Security.Tokens;

namespace Suite.TestSupport;

/// <summary>Tokens minted with the tests' local key, for the callers the tests play.</summary>
public static class TestTokens
{
    public static readonly string SigningKey = LocalTokenIssuer.NewKey();
    public static readonly LocalTokenIssuer Issuer = new(SigningKey);
    public static readonly string FieldKey = LocalTokenIssuer.NewKey();
    public static readonly string HashKey = LocalTokenIssuer.NewKey();

    /// <summary>A caller of a department and role in an area; the subject is "{department}/{role}/{area}" unless given (two staff of one role and area).</summary>
    public static string For(string department, string role, string area, string name = "测试员", string? subject = null) =>
        Issuer.Mint(subject ?? $"{department}/{role}/{area}", name, department, role, area, TimeSpan.FromHours(1));

    /// <summary>A token signed with the tests' key carrying exactly these claims (to probe how the services read malformed ones).</summary>
    public static string WithClaims(params (string Type, string Value)[] claims) =>
        new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = JwtOptions.LocalIssuer,
            Audience = JwtOptions.DefaultAudience,
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new(new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(Convert.FromBase64String(SigningKey)) { KeyId = JwtOptions.LocalKeyId },
                Microsoft.IdentityModel.Tokens.SecurityAlgorithms.HmacSha256),
            Subject = new System.Security.Claims.ClaimsIdentity(claims.Select(c => new System.Security.Claims.Claim(c.Type, c.Value))),
        });

    /// <summary>A token signed with the tests' key whose payload is this JSON (claims of any JSON type: arrays, numbers).</summary>
    public static string WithPayload(string json) =>
        new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(json.Replace("}", $",\"iss\":\"{JwtOptions.LocalIssuer}\",\"aud\":\"{JwtOptions.DefaultAudience}\",\"exp\":{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()}}}"),
            new Microsoft.IdentityModel.Tokens.SigningCredentials(new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(Convert.FromBase64String(SigningKey)) { KeyId = JwtOptions.LocalKeyId },
                Microsoft.IdentityModel.Tokens.SecurityAlgorithms.HmacSha256));

    public static readonly string Admin = For("civil-affairs", "admin", SuiteClaims.Nationwide, "省管理员");
    public static readonly string CountyOfficer = For("civil-affairs", "county-officer", SampleForms.County, "县民政干部");
    public static readonly string TownshipOfficer = For("civil-affairs", "township-officer", SampleForms.Township, "乡镇干部");
    public static readonly string VillageStaff = For("civil-affairs", "village-staff", SampleForms.RuralVillage, "村专干");
    public static readonly string Auditor = For("civil-affairs", "auditor", "23", "审计员");
}
