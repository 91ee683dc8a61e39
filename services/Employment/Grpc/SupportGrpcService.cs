using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Audit;
using Suite.Contracts.Employment.V1;
using Suite.Employment.UseCases;

namespace Suite.Employment.Grpc;

public sealed class SupportGrpcService(SupportDesk desk, TargetProgressQuery progress, EmploymentStatisticsQuery statistics) : SupportService.SupportServiceBase
{
    [Authorize(EmploymentPermissions.StartupWrite)]
    [Audited("woman", Request = "support.woman_id")]
    public override Task<StartupSupport> RecordStartupSupport(RecordStartupSupportRequest request, ServerCallContext context) => desk.RecordAsync(request, context.CancellationToken);

    [Authorize(EmploymentPermissions.JobsRead)]
    [Audited("woman", Response = "support.woman_id")]
    public override Task<ListStartupSupportResponse> ListStartupSupport(ListStartupSupportRequest request, ServerCallContext context) => desk.ListAsync(request, context.CancellationToken);

    [Authorize(EmploymentPermissions.TargetsWrite)]
    public override Task<Target> SetTarget(SetTargetRequest request, ServerCallContext context) => desk.SetTargetAsync(request, context.CancellationToken);

    [Authorize(EmploymentPermissions.StatisticsRead)]
    public override Task<TargetProgress> GetTargetProgress(GetTargetProgressRequest request, ServerCallContext context) => progress.GetAsync(request, context.CancellationToken);

    [Authorize(EmploymentPermissions.StatisticsRead)]
    public override Task<EmploymentStatistics> GetEmploymentStatistics(GetEmploymentStatisticsRequest request, ServerCallContext context) => statistics.GetAsync(request, context.CancellationToken);
}
