using Suite.Audit;
using Suite.Casework;
using Suite.Casework.SignIn;
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
        // Counselling (心理疏导)
        services.AddScoped<CounsellingDesk>();
        // Activities (文体活动, 送文化下乡, 数字技能和防诈骗课堂, 三八节) and their sign-in sheets (the suite's one importer)
        services.AddScoped<CommunityActivityDesk>();
        services.AddSignInSheets<CommunitySignInActivities>();
        builder.AddWomanRecords<CommunityActivityWomanRecords>();
        // Volunteers, social organisations and purchased-service projects
        services.AddScoped<VolunteerDesk>();
        services.AddScoped<PairingDesk>();
        services.AddScoped<OrganisationDesk>();
        services.AddScoped<ProjectDelivery>();
        services.AddScoped<ProjectDesk>();
        // Commendation (最美家庭, good examples) and women's participation in village self-government
        services.AddScoped<CommendationDesk>();
        services.AddScoped<ParticipationDesk>();
        // Statistics (and the indicators Supervision reads from them)
        services.AddScoped<CommunityStatisticsQuery>();
        return builder;
    }

    public static WebApplication MapCommunityApi(this WebApplication app)
    {
        app.MapAuditTrail();
        app.MapReferrals<CommunityDbContext>();
        app.MapWomanRecords();
        app.MapGrpcService<PlaceGrpcService>();
        // Counselling (心理疏导)
        app.MapGrpcService<CounsellingGrpcService>();
        app.MapGrpcService<CommunityActivityGrpcService>();
        // Volunteers, social organisations and purchased-service projects
        app.MapGrpcService<VolunteerGrpcService>();
        app.MapGrpcService<OrganisationGrpcService>();
        // Commendation and village self-government
        app.MapGrpcService<CommendationGrpcService>();
        app.MapGrpcService<ParticipationGrpcService>();
        // Statistics
        app.MapGrpcService<CommunityStatisticsGrpcService>();
        return app;
    }
}
