using Suite.Employment.Extensions;
using Suite.Employment.Infrastructure;
using Suite.GrpcServer;
using Suite.Persistence;
using Suite.Security;
using Suite.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGrpcServer();
builder.AddEmploymentServices();

var app = builder.Build();
app.UseSuiteSecurity();
app.MapDefaultEndpoints();
app.MapGrpcServerEndpoints();
app.MapEmploymentApi();
return await app.RunOrMigrateAsync<EmploymentDbContext>(args);

namespace Suite.Employment
{
    /// <summary>
    /// Employment's assembly as the functional tests' WebApplicationFactory names it: every service's Program is
    /// global, so a test hosting several services would otherwise need an extern alias per service.
    /// </summary>
    public sealed class EmploymentEntryPoint;
}
