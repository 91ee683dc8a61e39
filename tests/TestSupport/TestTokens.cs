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

    public static string For(string department, string role, string area, string name = "测试员") =>
        Issuer.Mint($"{department}/{role}/{area}", name, department, role, area, TimeSpan.FromHours(1));

    public static readonly string Admin = For("civil-affairs", "admin", "", "省管理员");
    public static readonly string CountyOfficer = For("civil-affairs", "county-officer", SampleForms.County, "县民政干部");
    public static readonly string TownshipOfficer = For("civil-affairs", "township-officer", SampleForms.Township, "乡镇干部");
    public static readonly string VillageStaff = For("civil-affairs", "village-staff", SampleForms.RuralVillage, "村专干");
    public static readonly string Auditor = For("civil-affairs", "auditor", "", "审计员");
}
