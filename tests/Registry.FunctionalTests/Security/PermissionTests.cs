using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Registry.Grpc;
using Suite.Registry.UseCases;
using Suite.Security;

namespace Suite.Registry.FunctionalTests.Security;

/// <summary>Each role against each RPC: allowed exactly when configuration grants the RPC's permission to the role.</summary>
public sealed class PermissionTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private static readonly Dictionary<string, string> PermissionOf = new()
    {
        ["CreateWoman"] = RegistryPermissions.WomenWrite, ["GetWoman"] = RegistryPermissions.WomenRead, ["ListWomen"] = RegistryPermissions.WomenRead,
        ["UpdateWoman"] = RegistryPermissions.WomenWrite, ["ListChanges"] = RegistryPermissions.WomenRead, ["ExitWoman"] = RegistryPermissions.WomenWrite,
        ["ReactivateWoman"] = RegistryPermissions.WomenWrite, ["RecordAssessment"] = RegistryPermissions.WomenWrite, ["ListOverdueVisits"] = RegistryPermissions.WomenRead,
        ["ImportWomen"] = RegistryPermissions.Import, ["ExportWomen"] = RegistryPermissions.Export, ["ExportLedgerCsv"] = RegistryPermissions.Export,
        ["GetStatistics"] = RegistryPermissions.StatisticsRead, ["ImportAreas"] = RegistryPermissions.AreasWrite, ["GetArea"] = RegistryPermissions.AreasRead,
        ["ListAreas"] = RegistryPermissions.AreasRead, ["CreateStaffMember"] = RegistryPermissions.WorkforceWrite, ["GetStaffMember"] = RegistryPermissions.WorkforceRead,
        ["ListStaffMembers"] = RegistryPermissions.WorkforceRead, ["UpdateStaffMember"] = RegistryPermissions.WorkforceWrite,
        ["StartSurveyRound"] = RegistryPermissions.SurveyWrite, ["GetSurveyRound"] = RegistryPermissions.SurveyRead, ["VerifyWoman"] = RegistryPermissions.SurveyWrite,
        ["GetSurveyCoverage"] = RegistryPermissions.StatisticsRead, ["ListUnverifiedWomen"] = RegistryPermissions.SurveyRead,
        ["QueryAuditRecords"] = SuitePermissions.AuditRead, ["VerifyAuditChain"] = SuitePermissions.AuditRead,
    };

    public static TheoryData<string, string> Roles() => new()
    {
        { "civil-affairs", "village-staff" }, { "civil-affairs", "township-officer" }, { "civil-affairs", "county-officer" },
        { "civil-affairs", "auditor" }, { "civil-affairs", "admin" }, { "womens-federation", "county-officer" }, { "justice", "county-officer" },
        { "health", "village-doctor" }, // a role with no grants at all
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_RPC_is_allowed_exactly_when_the_role_holds_its_permission(string department, string role)
    {
        var grants = new PermissionGrants(registry.Services.GetRequiredService<IConfiguration>());
        var token = TestTokens.For(department, role, SampleForms.County);
        foreach (var method in RegistryMethods.All)
        {
            var allowed = grants.Allows(department, role, PermissionOf[method.Name]);
            var outcome = await RawGrpc.CallAsync(registry.CreateDefaultClient(), method, token);
            Assert.True(allowed == (outcome != StatusCode.PermissionDenied && outcome != StatusCode.Unauthenticated),
                $"{department}/{role} on {method.Name}: expected {(allowed ? "allowed" : "denied")}, got {outcome}");
        }
    }

    [Fact]
    public void The_matrix_gives_each_role_what_its_work_needs()
    {
        var grants = new PermissionGrants(registry.Services.GetRequiredService<IConfiguration>());
        Assert.True(grants.Allows("civil-affairs", "village-staff", RegistryPermissions.WomenWrite));
        Assert.False(grants.Allows("civil-affairs", "village-staff", RegistryPermissions.Export));
        Assert.False(grants.Allows("civil-affairs", "village-staff", SuitePermissions.PiiReveal));
        Assert.True(grants.Allows("civil-affairs", "county-officer", SuitePermissions.PiiReveal));
        Assert.False(grants.Allows("civil-affairs", "auditor", RegistryPermissions.WomenRead));
        Assert.True(grants.Allows("civil-affairs", "auditor", SuitePermissions.AuditRead));
        Assert.False(grants.Allows("womens-federation", "county-officer", RegistryPermissions.WomenWrite));
        Assert.True(grants.Allows("womens-federation", "county-officer", RegistryPermissions.WomenRead));
    }
}
