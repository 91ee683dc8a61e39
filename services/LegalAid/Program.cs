using Suite.GrpcServer;
using Suite.LegalAid.Extensions;
using Suite.LegalAid.Infrastructure;
using Suite.Persistence;
using Suite.Security;
using Suite.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGrpcServer();
builder.AddLegalAidServices();

var app = builder.Build();
app.UseSuiteSecurity();
app.MapDefaultEndpoints();
app.MapGrpcServerEndpoints();
app.MapLegalAidApi();
return await app.RunOrMigrateAsync<LegalAidDbContext>(args);

namespace Suite.LegalAid
{
    /// <summary>
    /// Legal aid's assembly as the functional tests' WebApplicationFactory names it: every service's Program is
    /// global, so a test hosting several services would otherwise need an extern alias per service.
    /// </summary>
    public sealed class LegalAidEntryPoint;
}
