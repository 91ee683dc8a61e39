using Suite.Assistance.Grpc;
using Suite.Assistance.Infrastructure;
using Suite.Assistance.IntegrationEvents;
using Suite.Assistance.SampleData;
using Suite.Assistance.UseCases;
using Suite.Audit;
using Suite.Casework;
using Suite.Contracts;
using Suite.Contracts.Registry.V1;
using Suite.Events;
using Suite.Persistence;
using Suite.Redis;
using Suite.RegistryClient;
using Suite.Security;
using Suite.ServiceDefaults.Clients;

namespace Suite.Assistance.Extensions;

public static class AssistanceServiceExtensions
{
    public static IHostApplicationBuilder AddAssistanceServices(this IHostApplicationBuilder builder)
    {
        builder.AddSuiteSecurity();
        builder.AddSuiteDbContext<AssistanceDbContext, SqliteAssistanceDbContext, SqlServerAssistanceDbContext>(ResourceNames.AssistanceDb);
        builder.AddAuditTrail<AssistanceDbContext>();
        builder.AddRedisConnection(ResourceNames.Cache);
        builder.AddOutboxRelay<AssistanceDbContext>(EventStreams.Assistance);
        builder.AddReferrals<AssistanceDbContext>(ResourceNames.Assistance);
        builder.AddWomanRecords<AssistanceWomanRecords>();
        builder.AddRegistryClient();

        var services = builder.Services;
        services.AddScoped<ProgrammeCatalog>();
        services.AddScoped<ApplicationDesk>();
        services.AddScoped<CoverageGapQuery>();
        services.AddScoped<BenefitDesk>();
        services.AddScoped<CareDesk>();
        services.AddHostedService<ProgrammeSeeder>();
        builder.AddStreamConsumer<RegistryEventHandler>(EventStreams.Registry, ResourceNames.Assistance);
        return builder;
    }

    public static WebApplication MapAssistanceApi(this WebApplication app)
    {
        app.MapAuditTrail();
        app.MapGrpcService<ProgrammeGrpcService>();
        app.MapGrpcService<ApplicationGrpcService>();
        app.MapGrpcService<CoverageGrpcService>();
        app.MapReferrals<AssistanceDbContext>();
        app.MapWomanRecords();
        app.MapGrpcService<BenefitGrpcService>();
        app.MapGrpcService<CareGrpcService>();
        return app;
    }
}
