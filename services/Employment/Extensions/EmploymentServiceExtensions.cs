using Suite.Audit;
using Suite.Casework;
using Suite.Contracts;
using Suite.Employment.Grpc;
using Suite.Employment.Infrastructure;
using Suite.Employment.IntegrationEvents;
using Suite.Employment.UseCases;
using Suite.Events;
using Suite.Persistence;
using Suite.Redis;
using Suite.RegistryClient;
using Suite.Security;

namespace Suite.Employment.Extensions;

public static class EmploymentServiceExtensions
{
    public static IHostApplicationBuilder AddEmploymentServices(this IHostApplicationBuilder builder)
    {
        builder.AddSuiteSecurity();
        builder.AddSuiteDbContext<EmploymentDbContext, SqliteEmploymentDbContext, SqlServerEmploymentDbContext>(ResourceNames.EmploymentDb);
        builder.AddAuditTrail<EmploymentDbContext>();
        builder.AddRedisConnection(ResourceNames.Cache);
        builder.AddOutboxRelay<EmploymentDbContext>(EventStreams.Employment);
        builder.AddRegistryClient();
        builder.AddReferrals<EmploymentDbContext>(ResourceNames.Employment);
        builder.AddWomanRecords<EmploymentWomanRecords>();

        var services = builder.Services;
        services.AddScoped<TrainingDesk>();
        services.AddScoped<JobDesk>();
        services.AddScoped<MatchQuery>();
        services.AddScoped<SupportDesk>();
        services.AddScoped<TargetProgressQuery>();
        services.AddScoped<EmploymentStatisticsQuery>();
        builder.AddStreamConsumer<RegistryEventHandler>(EventStreams.Registry, ResourceNames.Employment);
        return builder;
    }

    public static WebApplication MapEmploymentApi(this WebApplication app)
    {
        app.MapAuditTrail();
        app.MapReferrals<EmploymentDbContext>();
        app.MapWomanRecords();
        app.MapGrpcService<TrainingGrpcService>();
        app.MapGrpcService<JobGrpcService>();
        app.MapGrpcService<SupportGrpcService>();
        return app;
    }
}
