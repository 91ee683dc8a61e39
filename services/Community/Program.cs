using Suite.Community.Extensions;
using Suite.Community.Infrastructure;
using Suite.GrpcServer;
using Suite.Persistence;
using Suite.Security;
using Suite.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGrpcServer();
builder.AddCommunityServices();

var app = builder.Build();
app.UseSuiteSecurity();
app.MapDefaultEndpoints();
app.MapGrpcServerEndpoints();
app.MapCommunityApi();
return await app.RunOrMigrateAsync<CommunityDbContext>(args);

namespace Suite.Community
{
    /// <summary>
    /// Community's assembly as the functional tests' WebApplicationFactory names it: every service's Program is
    /// global, so a test hosting several services would otherwise need an extern alias per service.
    /// </summary>
    public sealed class CommunityEntryPoint;
}
