using Suite.Audit;
using Suite.Casework;
using Suite.Contracts;
using Suite.Events;
using Suite.LegalAid.Grpc;
using Suite.LegalAid.Infrastructure;
using Suite.LegalAid.IntegrationEvents;
using Suite.LegalAid.UseCases;
using Suite.Persistence;
using Suite.Redis;
using Suite.RegistryClient;
using Suite.Security;

namespace Suite.LegalAid.Extensions;

public static class LegalAidServiceExtensions
{
    public static IHostApplicationBuilder AddLegalAidServices(this IHostApplicationBuilder builder)
    {
        builder.AddSuiteSecurity();
        builder.AddSuiteDbContext<LegalAidDbContext, SqliteLegalAidDbContext, SqlServerLegalAidDbContext>(ResourceNames.LegalAidDb);
        builder.AddAuditTrail<LegalAidDbContext>();
        builder.AddRedisConnection(ResourceNames.Cache);
        builder.AddOutboxRelay<LegalAidDbContext>(EventStreams.LegalAid);
        builder.AddRegistryClient();
        builder.AddReferrals<LegalAidDbContext>(ResourceNames.LegalAid);
        builder.AddWomanRecords<LegalAidWomanRecords>();
        builder.Services.Configure<LegalAidOptions>(builder.Configuration.GetSection("LegalAid"));

        var services = builder.Services;
        services.AddScoped<MatterReferrals>();
        services.AddScoped<MatterFinder>();
        services.AddScoped<MatterAccess>();
        services.AddScoped<MatterDesk>();
        services.AddScoped<AidDesk>();
        services.AddScoped<MediationDesk>();
        services.AddScoped<ProtectionDesk>();
        services.AddScoped<AwarenessDesk>();
        services.AddScoped<LegalAidStatisticsQuery>();
        services.AddScoped<RiskColourTrendQuery>();
        builder.AddStreamConsumer<RegistryEventHandler>(EventStreams.Registry, ResourceNames.LegalAid);
        return builder;
    }

    public static WebApplication MapLegalAidApi(this WebApplication app)
    {
        app.MapAuditTrail();
        app.MapReferrals<LegalAidDbContext>();
        app.MapWomanRecords();
        app.MapGrpcService<MatterGrpcService>();
        app.MapGrpcService<LegalAidGrpcService>();
        app.MapGrpcService<MediationGrpcService>();
        app.MapGrpcService<ProtectionGrpcService>();
        app.MapGrpcService<AwarenessGrpcService>();
        return app;
    }
}
