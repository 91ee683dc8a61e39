using Suite.Persistence;
using Suite.Security;
using Suite.ServiceDefaults;
using Suite.Supervision.Extensions;
using Suite.Supervision.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddSupervisionServices();

var app = builder.Build();
app.UseSuiteSecurity();
app.MapDefaultEndpoints();
app.MapSupervisionApi();
return await app.RunOrMigrateAsync<SupervisionDbContext>(args);

/// <summary>Visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
