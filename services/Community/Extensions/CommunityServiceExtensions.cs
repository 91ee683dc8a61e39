using Suite.Audit;
using Suite.Casework;
using Suite.Community.Grpc;
using Suite.Community.Infrastructure;
using Suite.Community.UseCases;
using Suite.Contracts;
using Suite.Events;
using Suite.Persistence;
using Suite.Redis;
using Suite.RegistryClient;
using Suite.Security;

namespace Suite.Community.Extensions;

public static class CommunityServiceExtensions
{
    public static IHostApplicationBuilder AddCommunityServices(this IHostApplicationBuilder builder)
    {
        builder.AddSuiteSecurity();
        builder.AddSuiteDbContext<CommunityDbContext, SqliteCommunityDbContext, SqlServerCommunityDbContext>(ResourceNames.CommunityDb);
        builder.AddAuditTrail<CommunityDbContext>();
        builder.AddRedisConnection(ResourceNames.Cache);
        builder.AddOutboxRelay<CommunityDbContext>(EventStreams.Community);
        builder.AddRegistryClient();
        builder.AddReferrals<CommunityDbContext>(ResourceNames.Community);
        builder.AddWomanRecords<CommunityWomanRecords>();

        var services = builder.Services;
        // Places (阵地)
        services.AddScoped<PlaceDesk>();
        // Commendation (最美家庭, good examples) and women's participation in village self-government
        services.AddScoped<CommendationDesk>();
        services.AddScoped<ParticipationDesk>();
        return builder;
    }

    public static WebApplication MapCommunityApi(this WebApplication app)
    {
        app.MapAuditTrail();
        app.MapReferrals<CommunityDbContext>();
        app.MapWomanRecords();
        app.MapGrpcService<PlaceGrpcService>();
        // Commendation and village self-government
        app.MapGrpcService<CommendationGrpcService>();
        app.MapGrpcService<ParticipationGrpcService>();
        return app;
    }
}
