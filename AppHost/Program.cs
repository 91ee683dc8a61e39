using Suite.AppHost.Hosting;
using Suite.Contracts;

// The suite's topology, read top to bottom: infrastructure first, then each service with its references.
// Aspire/AppHost.cs declares the same topology for Aspire.
var builder = SuiteHost.CreateBuilder(args);

var keys = builder.AddLocalSecrets("local-keys");
var cache = builder.AddRedis(ResourceNames.Cache);
var registryDb = builder.AddSqliteDatabase(ResourceNames.RegistryDb);

var assistanceDb = builder.AddSqliteDatabase(ResourceNames.AssistanceDb);

var registry = builder.AddProject(ResourceNames.Registry, "../services/Registry/Suite.Registry.csproj")
    .WithReference(keys)
    .WithReference(cache).WaitFor(cache)
    .WithReference(registryDb)
    // --sample-data None|Areas|All: the benchmark starts from the areas alone.
    .WithEnvironment("Registry__SampleData", builder.Option("sample-data", "All"));

builder.AddProject(ResourceNames.Assistance, "../services/Assistance/Suite.Assistance.csproj")
    .WithReference(keys)
    .WithReference(cache).WaitFor(cache)
    .WithReference(assistanceDb)
    .WithReference(registry).WaitFor(registry);

return await builder.Build().RunAsync();
