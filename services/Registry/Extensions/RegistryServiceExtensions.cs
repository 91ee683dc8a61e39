using Suite.Audit;
using Suite.Casework;
using Suite.Contracts;
using Suite.Events;
using Suite.Hosting;
using Suite.Persistence;
using Suite.Redis;
using Suite.Registry.Grpc;
using Suite.Registry.Infrastructure;
using Suite.Registry.IntegrationEvents;
using Suite.Registry.SampleData;
using Suite.Registry.UseCases;
using Suite.Security;

namespace Suite.Registry.Extensions;

public static class RegistryServiceExtensions
{
    public static IHostApplicationBuilder AddRegistryServices(this IHostApplicationBuilder builder)
    {
        builder.AddSuiteSecurity();
        builder.AddSuiteDbContext<RegistryDbContext, SqliteRegistryDbContext, SqlServerRegistryDbContext>(ResourceNames.RegistryDb);
        builder.AddAuditTrail<RegistryDbContext>();
        builder.AddRedisConnection(ResourceNames.Cache);
        builder.AddOutboxRelay<RegistryDbContext>(EventStreams.Registry);

        var services = builder.Services;
        services.AddSingleton<VillageDirectory>();
        services.AddSingleton<WomanCache>();
        services.AddScoped<WomanFormValidator>();
        services.AddScoped<WomanDisclosure>();
        services.AddScoped<WomenLedger>();
        services.AddSingleton<DuplicateProbes>();
        services.AddScoped<WomenQueries>();
        services.AddScoped<WomenImporter>();
        services.AddScoped<LedgerCsvExport>();
        services.AddScoped<AreaCatalog>();
        services.AddScoped<WorkforceLedger>();
        services.AddScoped<SurveyRounds>();
        services.AddSingleton<Suite.Registry.Rules.VisitFrequency>();
        services.AddScoped<VisitDesk>();
        services.AddHostedService<SampleDataSeeder>();
        builder.AddStreamConsumer<EmploymentEventHandler>(EventStreams.Employment, ResourceNames.Registry);
        services.AddScoped<IReferralWomen, LedgerReferralWomen>();
        builder.AddReferrals<RegistryDbContext>(ResourceNames.Registry);
        builder.AddWomanRecords<RegistryWomanRecords>();
        services.AddBackgroundLoop<NeedReferrals>();
        return builder;
    }

    public static WebApplication MapRegistryApi(this WebApplication app)
    {
        app.MapAuditTrail();
        app.MapReferrals<RegistryDbContext>();
        app.MapWomanRecords();
        app.MapGrpcService<WomenGrpcService>();
        app.MapGrpcService<AreasGrpcService>();
        app.MapGrpcService<WorkforceGrpcService>();
        app.MapGrpcService<SurveyGrpcService>();
        app.MapGrpcService<VisitGrpcService>();
        return app;
    }
}
