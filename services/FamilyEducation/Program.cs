using Suite.FamilyEducation.Extensions;
using Suite.FamilyEducation.Infrastructure;
using Suite.Persistence;
using Suite.Security;
using Suite.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddFamilyEducationServices();

var app = builder.Build();
app.UseSuiteSecurity();
app.MapDefaultEndpoints();
app.MapFamilyEducationApi();
return await app.RunOrMigrateAsync<FamilyEducationDbContext>(args);

/// <summary>Visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
