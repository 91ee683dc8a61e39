using Suite.Assistance.Extensions;
using Suite.Assistance.Infrastructure;
using Suite.GrpcServer;
using Suite.Persistence;
using Suite.Security;
using Suite.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGrpcServer();
builder.AddAssistanceServices();

var app = builder.Build();
app.UseSuiteSecurity();
app.MapDefaultEndpoints();
app.MapGrpcServerEndpoints();
app.MapAssistanceApi();
return await app.RunOrMigrateAsync<AssistanceDbContext>(args);

namespace Suite.Assistance
{
    /// <summary>
    /// Assistance's assembly as the functional tests' WebApplicationFactory names it: every service's Program is
    /// global, so a test hosting several services would otherwise need an extern alias per service.
    /// </summary>
    public sealed class AssistanceEntryPoint;
}
