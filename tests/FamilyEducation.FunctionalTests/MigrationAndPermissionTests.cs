using Microsoft.EntityFrameworkCore;
using Suite.FamilyEducation.Infrastructure;

namespace Suite.FamilyEducation.FunctionalTests;

public sealed class MigrationAndPermissionTests(FamilyEducationSuite suite) : IClassFixture<FamilyEducationSuite>
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor[] Services = [ActivityService.Descriptor, GuidanceService.Descriptor];

    [Fact]
    public void Both_providers_migrations_match_the_model()
    {
        using var sqlite = new SqliteFamilyEducationDbContextFactory().CreateDbContext([]);
        Assert.False(sqlite.Database.HasPendingModelChanges());
        using var sqlServer = new SqlServerFamilyEducationDbContextFactory().CreateDbContext([]);
        Assert.False(sqlServer.Database.HasPendingModelChanges());
        Assert.Contains("CREATE TABLE [Households]", sqlServer.Database.GenerateCreateScript());
    }

    [Fact]
    public async Task Every_method_refuses_a_call_without_a_token()
    {
        using var client = suite.FamilyEducation.CreateClient();
        foreach (var method in RawGrpc.MethodsOf(Services))
        {
            Assert.Equal(StatusCode.Unauthenticated, await RawGrpc.CallAsync(client, method, token: null));
        }
    }

    [Theory]
    [InlineData("womens-federation", "village-staff", "CreateActivity", false)]
    [InlineData("womens-federation", "village-staff", "GetFamilyEducationStatistics", true)]
    [InlineData("education", "county-officer", "CreateActivity", true)]
    [InlineData("education", "county-officer", "ListActivities", false)]
    [InlineData("education", "county-officer", "RaiseConcern", true)]
    [InlineData("civil-affairs", "county-officer", "RaiseConcern", false)]
    [InlineData("civil-affairs", "county-officer", "CreatePairing", true)]
    [InlineData("civil-affairs", "village-staff", "ListHouseholds", true)]
    [InlineData("women-children-committee", "county-officer", "GetFamilyEducationStatistics", false)]
    [InlineData("justice", "county-officer", "ListActivities", true)]
    public async Task Each_role_has_what_docs_security_md_grants(string department, string role, string method, bool refused)
    {
        using var client = suite.FamilyEducation.CreateClient();
        var status = await RawGrpc.CallAsync(client, RawGrpc.MethodsOf(Services).Single(m => m.Name == method), TestTokens.For(department, role, SampleForms.County));
        Assert.Equal(refused, status == StatusCode.PermissionDenied);
    }
}
