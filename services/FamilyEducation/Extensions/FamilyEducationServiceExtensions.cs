using Suite.Audit;
using Suite.Casework;
using Suite.Casework.SignIn;
using Suite.Contracts;
using Suite.Events;
using Suite.FamilyEducation.Grpc;
using Suite.FamilyEducation.Infrastructure;
using Suite.FamilyEducation.IntegrationEvents;
using Suite.FamilyEducation.UseCases;
using Suite.Persistence;
using Suite.Redis;
using Suite.RegistryClient;
using Suite.Security;

namespace Suite.FamilyEducation.Extensions;

public static class FamilyEducationServiceExtensions
{
    public static IHostApplicationBuilder AddFamilyEducationServices(this IHostApplicationBuilder builder)
    {
        builder.AddSuiteSecurity();
        builder.AddSuiteDbContext<FamilyEducationDbContext, SqliteFamilyEducationDbContext, SqlServerFamilyEducationDbContext>(ResourceNames.FamilyEducationDb);
        builder.AddAuditTrail<FamilyEducationDbContext>();
        builder.AddRedisConnection(ResourceNames.Cache);
        builder.AddOutboxRelay<FamilyEducationDbContext>(EventStreams.FamilyEducation);
        builder.AddRegistryClient();
        builder.AddReferrals<FamilyEducationDbContext>(ResourceNames.FamilyEducation);
        builder.AddWomanRecords<FamilyEducationWomanRecords>();

        var services = builder.Services;
        services.AddScoped<ActivityDesk>();
        services.AddSignInSheets<SignInActivities>();
        services.AddScoped<GuidanceDesk>();
        services.AddScoped<ConcernDesk>();
        services.AddScoped<HouseholdReach>();
        services.AddScoped<HouseholdQuery>();
        services.AddScoped<FamilyEducationStatisticsQuery>();
        builder.AddStreamConsumer<RegistryEventHandler>(EventStreams.Registry, ResourceNames.FamilyEducation);
        return builder;
    }

    public static WebApplication MapFamilyEducationApi(this WebApplication app)
    {
        app.MapAuditTrail();
        app.MapReferrals<FamilyEducationDbContext>();
        app.MapWomanRecords();
        app.MapGrpcService<ActivityGrpcService>();
        app.MapGrpcService<GuidanceGrpcService>();
        return app;
    }
}
