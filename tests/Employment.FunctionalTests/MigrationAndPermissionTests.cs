using Microsoft.EntityFrameworkCore;
using Suite.Employment.Infrastructure;

namespace Suite.Employment.FunctionalTests;

public sealed class MigrationAndPermissionTests(EmploymentSuite suite) : IClassFixture<EmploymentSuite>
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor[] Services = [TrainingService.Descriptor, JobService.Descriptor, SupportService.Descriptor];

    [Fact]
    public void Both_providers_migrations_match_the_model()
    {
        using var sqlite = new SqliteEmploymentDbContextFactory().CreateDbContext([]);
        Assert.False(sqlite.Database.HasPendingModelChanges());
        using var sqlServer = new SqlServerEmploymentDbContextFactory().CreateDbContext([]);
        Assert.False(sqlServer.Database.HasPendingModelChanges());
        Assert.Contains("CREATE TABLE [Posts]", sqlServer.Database.GenerateCreateScript());
    }

    [Fact]
    public async Task Every_method_refuses_a_call_without_a_token()
    {
        using var client = suite.Employment.CreateClient();
        foreach (var method in RawGrpc.MethodsOf(Services))
        {
            Assert.Equal(StatusCode.Unauthenticated, await RawGrpc.CallAsync(client, method, token: null));
        }
    }

    [Theory]
    [InlineData("womens-federation", "village-staff", "EnrolWoman", false)]
    [InlineData("womens-federation", "village-staff", "CreateCourse", true)]
    [InlineData("womens-federation", "county-officer", "PlaceWoman", false)]
    [InlineData("womens-federation", "township-officer", "CreatePost", true)]
    [InlineData("civil-affairs", "county-officer", "GetEmploymentStatistics", false)]
    [InlineData("civil-affairs", "county-officer", "ListPosts", true)]
    [InlineData("human-resources", "township-officer", "SetTarget", true)]
    [InlineData("human-resources", "county-officer", "SetTarget", false)]
    public async Task Each_role_has_what_docs_security_md_grants(string department, string role, string method, bool refused)
    {
        using var client = suite.Employment.CreateClient();
        var status = await RawGrpc.CallAsync(client, RawGrpc.MethodsOf(Services).Single(m => m.Name == method), TestTokens.For(department, role, SampleForms.County));
        Assert.Equal(refused, status == StatusCode.PermissionDenied);
    }
}
