using Suite.Registry.Extensions;
using Suite.Registry.Infrastructure;
using Suite.ServiceDefaults;
using Suite.Persistence;
using Suite.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRegistryServices();

var app = builder.Build();
app.UseSuiteSecurity();
app.MapDefaultEndpoints();
app.MapRegistryApi();
return await app.RunOrMigrateAsync<RegistryDbContext>(args);

/// <summary>Visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
