using Suite.GrpcServer;
using Suite.Persistence;
using Suite.Security;
using Suite.ServiceDefaults;
using Suite.Supervision.Extensions;
using Suite.Supervision.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGrpcServer();
builder.AddSupervisionServices();

var app = builder.Build();
app.UseSuiteSecurity();
app.MapDefaultEndpoints();
app.MapGrpcServerEndpoints();
app.MapSupervisionApi();
return await app.RunOrMigrateAsync<SupervisionDbContext>(args);

namespace Suite.Supervision
{
    /// <summary>
    /// Supervision's assembly as the functional tests' WebApplicationFactory names it: every service's Program is
    /// global, so a test hosting several services would otherwise need an extern alias per service.
    /// </summary>
    public sealed class SupervisionEntryPoint;
}
