using Suite.Assistance.Extensions;
using Suite.Assistance.Infrastructure;
using Suite.ServiceDefaults;
using Suite.Persistence;
using Suite.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddAssistanceServices();

var app = builder.Build();
app.UseSuiteSecurity();
app.MapDefaultEndpoints();
app.MapAssistanceApi();
return await app.RunOrMigrateAsync<AssistanceDbContext>(args);

/// <summary>Visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
