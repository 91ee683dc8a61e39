using Suite.FamilyEducation.Extensions;
using Suite.FamilyEducation.Infrastructure;
using Suite.GrpcServer;
using Suite.Persistence;
using Suite.Security;
using Suite.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGrpcServer();
builder.AddFamilyEducationServices();

var app = builder.Build();
app.UseSuiteSecurity();
app.MapDefaultEndpoints();
app.MapGrpcServerEndpoints();
app.MapFamilyEducationApi();
return await app.RunOrMigrateAsync<FamilyEducationDbContext>(args);

namespace Suite.FamilyEducation
{
    /// <summary>
    /// Family education's assembly as the functional tests' WebApplicationFactory names it: every service's Program is
    /// global, so a test hosting several services would otherwise need an extern alias per service.
    /// </summary>
    public sealed class FamilyEducationEntryPoint;
}
