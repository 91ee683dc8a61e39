using Suite.Audit;
using Suite.Contracts;
using Suite.Persistence;
using Suite.Redis;
using Suite.Security;
using Suite.ServiceDefaults.Clients;
using Suite.Supervision.Grpc;
using Suite.Supervision.Indicators;
using Suite.Supervision.Infrastructure;
using Suite.Supervision.UseCases;
using Assistance = Suite.Contracts.Assistance.V1;
using Community = Suite.Contracts.Community.V1;
using Employment = Suite.Contracts.Employment.V1;
using FamilyEducation = Suite.Contracts.FamilyEducation.V1;
using LegalAid = Suite.Contracts.LegalAid.V1;
using Registry = Suite.Contracts.Registry.V1;

namespace Suite.Supervision.Extensions;

public static class SupervisionServiceExtensions
{
    public static IHostApplicationBuilder AddSupervisionServices(this IHostApplicationBuilder builder)
    {
        builder.AddSuiteSecurity();
        builder.AddSuiteDbContext<SupervisionDbContext, SqliteSupervisionDbContext, SqlServerSupervisionDbContext>(ResourceNames.SupervisionDb);
        builder.AddAuditTrail<SupervisionDbContext>();
        builder.AddRedisConnection(ResourceNames.Cache);

        // Every other service is read with the supervision service's own identity, whoever asks: statistics and area
        // names only (and, for a survey's sample, the ids of a township's active women), as granted to its role there.
        builder.AddSuiteGrpcClient<Registry.AreasService.AreasServiceClient>(ResourceNames.Registry).CallAsService();
        builder.AddSuiteGrpcClient<Registry.SurveyService.SurveyServiceClient>(ResourceNames.Registry).CallAsService();
        builder.AddSuiteGrpcClient<Registry.WomenService.WomenServiceClient>(ResourceNames.Registry).CallAsService();
        builder.AddSuiteGrpcClient<Assistance.CoverageService.CoverageServiceClient>(ResourceNames.Assistance).CallAsService();
        builder.AddSuiteGrpcClient<LegalAid.AwarenessService.AwarenessServiceClient>(ResourceNames.LegalAid).CallAsService();
        builder.AddSuiteGrpcClient<Employment.SupportService.SupportServiceClient>(ResourceNames.Employment).CallAsService();
        builder.AddSuiteGrpcClient<FamilyEducation.GuidanceService.GuidanceServiceClient>(ResourceNames.FamilyEducation).CallAsService();
        builder.AddSuiteGrpcClient<Community.CommunityStatisticsService.CommunityStatisticsServiceClient>(ResourceNames.Community).CallAsService();
        foreach (var service in EventStreams.Services)
        {
            builder.AddSuiteGrpcClientNamed<Suite.Contracts.Common.V1.ReferralService.ReferralServiceClient>(service).CallAsService();
        }

        var services = builder.Services;
        services.AddScoped<IIndicatorSource, RegistryIndicators>();
        services.AddScoped<IIndicatorSource, AssistanceIndicators>();
        services.AddScoped<IIndicatorSource, LegalAidIndicators>();
        services.AddScoped<IIndicatorSource, EmploymentIndicators>();
        services.AddScoped<IIndicatorSource, FamilyEducationIndicators>();
        services.AddScoped<IIndicatorSource, CommunityIndicators>();
        services.AddScoped<IIndicatorSource, ReferralIndicators>();
        services.AddScoped<IIndicatorSource, SatisfactionIndicators>();
        services.AddScoped<SupervisionCaller>();
        services.AddScoped<TownshipDirectory>();
        services.AddScoped<PlanDesk>();
        services.AddScoped<TaskTable>();
        services.AddScoped<SnapshotDesk>();
        services.AddScoped<QuarterFacts>();
        services.AddScoped<ProgressQuery>();
        services.AddScoped<AssessmentDesk>();
        services.AddScoped<VisitDesk>();
        services.AddScoped<SurveyDesk>();
        return builder;
    }

    public static WebApplication MapSupervisionApi(this WebApplication app)
    {
        app.MapAuditTrail();
        app.MapGrpcService<PlanGrpcService>();
        app.MapGrpcService<IndicatorGrpcService>();
        app.MapGrpcService<AssessmentGrpcService>();
        app.MapGrpcService<SupervisionVisitGrpcService>();
        app.MapGrpcService<SurveyGrpcService>();
        return app;
    }
}
