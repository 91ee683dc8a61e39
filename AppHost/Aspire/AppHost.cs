using Suite.Contracts;

// The same topology on Aspire.Hosting (built only with -p:UseAspire=true): Redis and SQL Server run as
// containers, each service gets its own database. Needs the Aspire packages and a container runtime.
var builder = DistributedApplication.CreateBuilder(args);

// Keys as secret parameters (user secrets locally, a key store in deployment), as the local host's data/secrets holds them.
var signingKey = builder.AddParameter("jwt-signing-key", secret: true);
var fieldKey = builder.AddParameter("field-encryption-key", secret: true);
var hashKey = builder.AddParameter("field-hash-key", secret: true);

var cache = builder.AddRedis(ResourceNames.Cache);
var sql = builder.AddSqlServer("sql");
var registryDb = sql.AddDatabase(ResourceNames.RegistryDb);
var assistanceDb = sql.AddDatabase(ResourceNames.AssistanceDb);

var registry = builder.AddProject(ResourceNames.Registry, "../services/Registry/Suite.Registry.csproj")
    .WithReference(cache).WaitFor(cache)
    .WithReference(registryDb).WaitFor(registryDb)
    .WithEnvironment("Database__Provider", "SqlServer")
    .WithEnvironment("Registry__SampleData", "All")
    .WithEnvironment("Authentication__Jwt__SigningKeys__local", signingKey)
    .WithEnvironment("DataProtection__Keys__local1", fieldKey)
    .WithEnvironment("DataProtection__ActiveKeyId", "local1")
    .WithEnvironment("DataProtection__HashKey", hashKey)
    .WithHttpHealthCheck("/health");

builder.AddProject(ResourceNames.Assistance, "../services/Assistance/Suite.Assistance.csproj")
    .WithReference(cache).WaitFor(cache)
    .WithReference(assistanceDb).WaitFor(assistanceDb)
    .WithReference(registry).WaitFor(registry)
    .WithEnvironment("Database__Provider", "SqlServer")
    .WithEnvironment("Authentication__Jwt__SigningKeys__local", signingKey)
    .WithEnvironment("DataProtection__Keys__local1", fieldKey)
    .WithEnvironment("DataProtection__ActiveKeyId", "local1")
    .WithEnvironment("DataProtection__HashKey", hashKey)
    .WithHttpHealthCheck("/health");

builder.Build().Run();
