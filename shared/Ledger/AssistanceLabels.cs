using Suite.Contracts.Assistance.V1;

namespace Suite.Ledger;

/// <summary>The Chinese names of Assistance's enums, shown in tables and accepted as option values.</summary>
public static class AssistanceLabels
{
    public static readonly CsvLabels<ProgrammeKind> Kind = new(
        (ProgrammeKind.Cash, "现金"), (ProgrammeKind.InKind, "实物"), (ProgrammeKind.Service, "服务"), (ProgrammeKind.Screening, "筛查"));

    public static readonly CsvLabels<ApplicationStatus> Status = new(
        (ApplicationStatus.Submitted, "已申请"), (ApplicationStatus.UnderReview, "审核中"), (ApplicationStatus.Approved, "已批准"),
        (ApplicationStatus.Rejected, "未批准"), (ApplicationStatus.Active, "享受中"), (ApplicationStatus.Ended, "已终止"));

    public static readonly CsvLabels<BenefitKind> Benefit = new(
        (BenefitKind.CashEntitlement, "现金救助"), (BenefitKind.Screening, "健康筛查"), (BenefitKind.Session, "服务"));

    public static readonly CsvLabels<ScreeningResult> Screening = new(
        (ScreeningResult.Normal, "未见异常"), (ScreeningResult.FollowUp, "需复查"), (ScreeningResult.Diagnosed, "已确诊"));

    public static readonly CsvLabels<ApplicationAction> Action = new(
        (ApplicationAction.StartReview, "审核"), (ApplicationAction.Approve, "批准"), (ApplicationAction.Reject, "不予批准"),
        (ApplicationAction.Activate, "发放"), (ApplicationAction.End, "终止"));
}
