using Suite.AppHost.Resources;
using Suite.Contracts;

// The suite's topology, read top to bottom: infrastructure first, then each service with its references.
// Options: --data-dir DIR, --sample-data None|Areas|All, --database sqlite|sqlserver, --service-endpoints direct|proxied,
// --replicas N (1-8: N instances of every department service behind DCP's proxy; the web console stays one),
// --dashboard-port N, --console-port N (docs/architecture.md).
// Resource logging: each service's warnings and errors (its stderr) also reach this terminal, under its resource name.
var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions { Args = DevelopmentUrls.FillIn(args), EnableResourceLogging = true });
var run = SuiteRunOptions.From(builder);
builder.KeepTheTerminalQuiet();

var keys = builder.AddSuiteKeys(run);
var cache = builder.AddRedisServer(ResourceNames.Cache, run);
var registryDb = builder.AddServiceDatabase(ResourceNames.RegistryDb, run);
var assistanceDb = builder.AddServiceDatabase(ResourceNames.AssistanceDb, run);
var legalAidDb = builder.AddServiceDatabase(ResourceNames.LegalAidDb, run);
var employmentDb = builder.AddServiceDatabase(ResourceNames.EmploymentDb, run);
var familyEducationDb = builder.AddServiceDatabase(ResourceNames.FamilyEducationDb, run);
var supervisionDb = builder.AddServiceDatabase(ResourceNames.SupervisionDb, run);
var communityDb = builder.AddServiceDatabase(ResourceNames.CommunityDb, run);

var registry = builder.AddSuiteService<Projects.Suite_Registry>(ResourceNames.Registry, keys, run)
    .WithReference(cache).WaitFor(cache)
    .WithDatabase(registryDb, run)
    .WithEnvironment("Registry__SampleData", run.SampleData);

var assistance = builder.AddSuiteService<Projects.Suite_Assistance>(ResourceNames.Assistance, keys, run)
    .WithReference(cache).WaitFor(cache)
    .WithDatabase(assistanceDb, run)
    .WithReference(registry).WaitFor(registry);

var legalAid = builder.AddSuiteService<Projects.Suite_LegalAid>(ResourceNames.LegalAid, keys, run)
    .WithReference(cache).WaitFor(cache)
    .WithDatabase(legalAidDb, run)
    .WithReference(registry).WaitFor(registry);

var employment = builder.AddSuiteService<Projects.Suite_Employment>(ResourceNames.Employment, keys, run)
    .WithReference(cache).WaitFor(cache)
    .WithDatabase(employmentDb, run)
    .WithReference(registry).WaitFor(registry);

// Community keeps the suite's one register of places (阵地), so Family education, which holds activities at them, waits for it.
var community = builder.AddSuiteService<Projects.Suite_Community>(ResourceNames.Community, keys, run)
    .WithReference(cache).WaitFor(cache)
    .WithDatabase(communityDb, run)
    .WithReference(registry).WaitFor(registry);

var familyEducation = builder.AddSuiteService<Projects.Suite_FamilyEducation>(ResourceNames.FamilyEducation, keys, run)
    .WithReference(cache).WaitFor(cache)
    .WithDatabase(familyEducationDb, run)
    .WithReference(registry).WaitFor(registry)
    .WithReference(community).WaitFor(community);

// Supervision reads every department's statistics with its own identity (no personal data), so it waits for them all.
var supervision = builder.AddSuiteService<Projects.Suite_Supervision>(ResourceNames.Supervision, keys, run)
    .WithReference(cache).WaitFor(cache)
    .WithDatabase(supervisionDb, run)
    .WithReference(registry).WaitFor(registry)
    .WithReference(assistance).WaitFor(assistance)
    .WithReference(legalAid).WaitFor(legalAid)
    .WithReference(employment).WaitFor(employment)
    .WithReference(familyEducation).WaitFor(familyEducation)
    .WithReference(community).WaitFor(community);

// One web console whatever --replicas says: a Blazor Server circuit lives in one process and needs every request of a
// session there (sticky sessions), which DCP's proxy does not give.
var console = builder.AddWebConsole<Projects.Suite_Web>(ResourceNames.Console, keys, run, registry, assistance, legalAid, employment, familyEducation, community, supervision);

builder.WriteResourceTable(run);
builder.RestartServicesThatDie(run);
builder.AnnounceWhenReady(run, console);
builder.Build().Run();
