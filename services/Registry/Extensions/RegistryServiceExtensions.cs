using Suite.Contracts;
using Suite.Registry.Application;
using Suite.Registry.Grpc;
using Suite.Registry.Infrastructure;
using Suite.Registry.SampleData;
using Suite.ServiceDefaults.Outbox;
using Suite.ServiceDefaults.Persistence;

namespace Suite.Registry.Extensions;

public static class RegistryServiceExtensions
{
    public static IHostApplicationBuilder AddRegistryServices(this IHostApplicationBuilder builder)
    {
        builder.AddSuiteDbContext<RegistryDbContext, SqliteRegistryDbContext, SqlServerRegistryDbContext>(ResourceNames.RegistryDb);
        builder.AddOutboxRelay<RegistryDbContext>(EventStreams.Registry);

        var services = builder.Services;
        services.AddSingleton<VillageDirectory>();
        services.AddSingleton<WomanCache>();
        services.AddScoped<WomanFormValidator>();
        services.AddScoped<WomanDisclosure>();
        services.AddScoped<WomenLedger>();
        services.AddScoped<WomenQueries>();
        services.AddScoped<WomenImporter>();
        services.AddScoped<AreaCatalog>();
        services.AddScoped<WorkforceLedger>();
        services.AddScoped<SurveyRounds>();
        services.AddHostedService<SampleDataSeeder>();
        return builder;
    }

    public static WebApplication MapRegistryApi(this WebApplication app)
    {
        app.MapGrpcService<WomenGrpcService>();
        app.MapGrpcService<AreasGrpcService>();
        app.MapGrpcService<WorkforceGrpcService>();
        app.MapGrpcService<SurveyGrpcService>();
        return app;
    }
}
