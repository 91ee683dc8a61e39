using Suite.Audit;
using Suite.Casework;
using Suite.Casework.SignIn;
using Suite.Contracts;
using Suite.Events;
using Suite.FamilyEducation.Grpc;
using Suite.FamilyEducation.Infrastructure;
using Suite.FamilyEducation.IntegrationEvents;
using Suite.FamilyEducation.UseCases;
using Suite.Hosting;
using Suite.Persistence;
using Suite.Redis;
using Suite.RegistryClient;
using Suite.Security;
using Suite.ServiceDefaults.Clients;

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

        // Venues are copies of places of Community's register: recorded there with the caller's token, moved there and
        // kept current as the service (Community grants familyeducation-worker the places' read and write).
        // Two named clients of one type (a typed registration would let the last one win): the caller's and the service's.
        builder.AddSuiteGrpcClientNamed<Contracts.Community.V1.PlaceService.PlaceServiceClient>(ResourceNames.Community).ForwardCallerToken();
        builder.Services.AddGrpcClient<Contracts.Community.V1.PlaceService.PlaceServiceClient>(CommunityPlaces.AsServiceClient, options => options.Address = new Uri($"http://{ResourceNames.Community}"))
            .AddInterceptor(() => new DefaultDeadlineInterceptor(GrpcClientExtensions.DefaultDeadline))
            .CallAsService();
        services.AddScoped<CommunityPlaces>();
        services.AddBackgroundLoop<VenueTransfer>();
        builder.AddStreamConsumer<CommunityEventHandler>(EventStreams.Community, ResourceNames.FamilyEducation);
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
