using Suite.Contracts;

// The same topology on Aspire.Hosting (built only with -p:UseAspire=true): Redis and SQL Server run as
// containers, each service gets its own database. Needs the Aspire packages and a container runtime.
var builder = DistributedApplication.CreateBuilder(args);

var cache = builder.AddRedis(ResourceNames.Cache);
var sql = builder.AddSqlServer("sql");
var registryDb = sql.AddDatabase(ResourceNames.RegistryDb);
var assistanceDb = sql.AddDatabase(ResourceNames.AssistanceDb);

var registry = builder.AddProject(ResourceNames.Registry, "../services/Registry/Suite.Registry.csproj")
    .WithReference(cache).WaitFor(cache)
    .WithReference(registryDb).WaitFor(registryDb)
    .WithEnvironment("Database__Provider", "SqlServer")
    .WithEnvironment("Registry__SampleData", "All")
    .WithHttpHealthCheck("/health");

builder.AddProject(ResourceNames.Assistance, "../services/Assistance/Suite.Assistance.csproj")
    .WithReference(cache).WaitFor(cache)
    .WithReference(assistanceDb).WaitFor(assistanceDb)
    .WithReference(registry).WaitFor(registry)
    .WithEnvironment("Database__Provider", "SqlServer")
    .WithHttpHealthCheck("/health");

builder.Build().Run();
