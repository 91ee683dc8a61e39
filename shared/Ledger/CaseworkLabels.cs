using Suite.Contracts;
using Suite.Contracts.Common.V1;
using Suite.Contracts.Registry.V1;

namespace Suite.Ledger;

/// <summary>
/// The Chinese names of the casework codes (referrals between departments, village visits) and of the department
/// services: one table for the services that write referral texts and for the CLI that shows and parses them.
/// </summary>
public static class CaseworkLabels
{
    public static readonly CsvLabels<ReferralNeed> Need = new(
        (ReferralNeed.LivingAssistance, "生活救助"), (ReferralNeed.TemporaryAssistance, "临时救助"), (ReferralNeed.MedicalAssistance, "医疗救助"),
        (ReferralNeed.PsychologicalSupport, "心理疏导"), (ReferralNeed.HealthServices, "健康服务"), (ReferralNeed.CancerAid, "两癌救助"),
        (ReferralNeed.LegalHelp, "法律帮助"), (ReferralNeed.Employment, "就业帮扶"), (ReferralNeed.Training, "技能培训"),
        (ReferralNeed.FamilyEducation, "家庭教育指导"), (ReferralNeed.ChildGuardianship, "儿童主任上门查看"), (ReferralNeed.OneToOneHelp, "一对一帮扶"));

    public static readonly CsvLabels<ReferralReason> Reason = new(
        (ReferralReason.PriorityWoman, "重点妇女尚无帮扶"), (ReferralReason.ScreeningResult, "筛查结果需救助"), (ReferralReason.SafetyRisk, "人身安全风险"),
        (ReferralReason.GuardianshipConcern, "儿童监护问题"), (ReferralReason.NeedOnForm, "登记表所列需求"), (ReferralReason.VisitFinding, "走访发现"),
        (ReferralReason.Other, "其他"));

    public static readonly CsvLabels<ReferralUrgency> Urgency = new((ReferralUrgency.Routine, "一般"), (ReferralUrgency.Urgent, "紧急"));

    public static readonly CsvLabels<ReferralStatus> Status = new(
        (ReferralStatus.Sent, "已发出"), (ReferralStatus.Received, "已收到"), (ReferralStatus.Accepted, "已受理"), (ReferralStatus.Done, "已办结"),
        (ReferralStatus.Returned, "已退回"), (ReferralStatus.Withdrawn, "已撤回"));

    public static readonly CsvLabels<ReferralOutcome> Outcome = new(
        (ReferralOutcome.Helped, "已帮扶"), (ReferralOutcome.NotEligible, "不符合条件"), (ReferralOutcome.Declined, "本人不需要"),
        (ReferralOutcome.Unreachable, "联系不上"), (ReferralOutcome.ReferredOn, "已转其他部门"));

    public static readonly CsvLabels<ReturnReason> Return = new(
        (ReturnReason.NotOurs, "不属本部门职责"), (ReturnReason.OutsideArea, "不在本辖区"), (ReturnReason.AlreadyServed, "已在本部门帮扶"), (ReturnReason.NotEnough, "信息不足"));

    /// <summary>What happened to a row of a sign-in sheet (签到表), in every service that takes one.</summary>
    public static readonly CsvLabels<SignInOutcome> SignIn = new(
        (SignInOutcome.Recorded, "已签到"), (SignInOutcome.AlreadyRecorded, "此前已签到"), (SignInOutcome.Rejected, "未记录"));

    public static readonly CsvLabels<VisitMethod> Method = new((VisitMethod.InPerson, "入户"), (VisitMethod.Phone, "电话"));

    public static readonly CsvLabels<VisitRisk> Risk = new(
        (VisitRisk.LivingDifficulty, "生活困难"), (VisitRisk.Health, "身体健康"), (VisitRisk.Safety, "人身安全"), (VisitRisk.FamilyConflict, "家庭矛盾"),
        (VisitRisk.ChildCare, "子女照料"), (VisitRisk.Emotional, "情绪低落"));

    /// <summary>The kinds of record a department answers in a woman's records (WomanRecord.kind), by the names staff use.</summary>
    public static readonly IReadOnlyDictionary<string, string> RecordKinds = new Dictionary<string, string>
    {
        ["visit"] = "探访", ["matter"] = "维权事项", ["legal_aid"] = "法律援助", ["mediation"] = "调解",
        ["protection_order"] = "人身安全保护令", ["police_referral"] = "移送公安", ["attendance"] = "参加活动", ["guidance_pairing"] = "家庭教育结对指导",
        ["concern"] = "关注事项", ["household"] = "家庭", ["enrolment"] = "培训报名", ["certificate"] = "证书",
        ["job_seeker"] = "求职登记", ["placement"] = "就业", ["startup_support"] = "创业扶持", ["application"] = "帮扶申请",
        ["benefit"] = "帮扶发放", ["pairing"] = "结对帮扶", ["referral"] = "转介",
        ["counselling_session"] = "心理疏导", ["counselling_booking"] = "心理疏导预约", ["executive_pairing"] = "执委手拉手",
        ["volunteer"] = "巾帼志愿者", ["volunteer_service"] = "志愿服务", ["nomination"] = "评选推荐", ["candidate"] = "村两委候选人",
        ["board_member"] = "村级组织成员",
    };

    /// <summary>A record kind's Chinese name, or the kind itself for one this table does not know yet.</summary>
    public static string RecordKind(string kind) => RecordKinds.GetValueOrDefault(kind, kind);

    /// <summary>The department services by the work users know them for.</summary>
    public static readonly IReadOnlyList<(string Service, string Label)> Services =
    [
        (ResourceNames.Registry, "妇女台账"), (ResourceNames.Assistance, "社会救助"), (ResourceNames.LegalAid, "法律援助"),
        (ResourceNames.Employment, "就业培训"), (ResourceNames.FamilyEducation, "家庭教育"), (ResourceNames.Community, "社区服务"),
    ];

    /// <summary>A service's Chinese name ("法律援助"), or "" for one the suite does not have.</summary>
    public static string Service(string service) => Services.FirstOrDefault(s => s.Service == service).Label ?? "";
}
