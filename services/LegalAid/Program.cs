using Suite.LegalAid.Extensions;
using Suite.LegalAid.Infrastructure;
using Suite.Persistence;
using Suite.Security;
using Suite.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddLegalAidServices();

var app = builder.Build();
app.UseSuiteSecurity();
app.MapDefaultEndpoints();
app.MapLegalAidApi();
return await app.RunOrMigrateAsync<LegalAidDbContext>(args);

/// <summary>Visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
