using Suite.GrpcServer;
using Suite.Persistence;
using Suite.Registry.Extensions;
using Suite.Registry.Infrastructure;
using Suite.Security;
using Suite.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGrpcServer();
builder.AddRegistryServices();

var app = builder.Build();
app.UseSuiteSecurity();
app.MapDefaultEndpoints();
app.MapGrpcServerEndpoints();
app.MapRegistryApi();
return await app.RunOrMigrateAsync<RegistryDbContext>(args);

namespace Suite.Registry
{
    /// <summary>
    /// The Registry's assembly as the functional tests' WebApplicationFactory names it: every service's Program is
    /// global, so a test hosting several services would otherwise need an extern alias per service.
    /// </summary>
    public sealed class RegistryEntryPoint;
}
