namespace Suite.Ledger;

/// <summary>
/// The audit trail's words for the people who read it (the CLI's <c>suite audit</c>, the console's 审计 page): what a
/// call did, by its RPC's name, and how it ended, by its status. A test holds that every audited RPC has its name here.
/// </summary>
public static class AuditLabels
{
    private static readonly Dictionary<string, string> Actions = new()
    {
        // Registry
        ["GetWoman"] = "查看妇女信息", ["ListWomen"] = "列出妇女", ["CreateWoman"] = "登记妇女", ["UpdateWoman"] = "修改妇女信息",
        ["ExitWoman"] = "退出台账", ["ReactivateWoman"] = "恢复在册", ["VerifyWoman"] = "核实信息", ["ImportWomen"] = "导入妇女",
        ["ExportWomen"] = "导出台账", ["ExportLedgerCsv"] = "导出台账 CSV", ["ListChanges"] = "查看修改记录", ["ListUnverifiedWomen"] = "列出未核实妇女",
        ["RecordVisit"] = "记录探访", ["ListVisits"] = "查看探访记录", ["ListDueVisits"] = "列出待探访", ["ListOverdueVisits"] = "列出逾期探访",
        ["RecordAssessment"] = "记录需求评估", ["CreateStaffMember"] = "登记工作人员", ["UpdateStaffMember"] = "修改工作人员",
        ["GetStaffMember"] = "查看工作人员", ["ListStaffMembers"] = "列出工作人员",
        // Assistance
        ["CreateApplication"] = "提交救助申请", ["GetApplication"] = "查看救助申请", ["ListApplications"] = "列出救助申请",
        ["AdvanceApplication"] = "审批救助申请", ["ListBenefits"] = "查看救助发放", ["RecordPayment"] = "登记发放",
        ["ListGapWomen"] = "列出应保未保妇女", ["CreatePairing"] = "建立结对帮扶", ["GetPairing"] = "查看结对帮扶", ["EndPairing"] = "结束结对帮扶",
        // Legal aid
        ["CreateMatter"] = "受理维权事项", ["GetMatter"] = "查看维权事项", ["ListMatters"] = "列出维权事项", ["AssignMatter"] = "指定经办人",
        ["AdvanceMatter"] = "办理维权事项", ["SetRiskColour"] = "调整风险颜色", ["RecordFollowUp"] = "记录跟进", ["ListOverdueMatters"] = "列出跟进逾期事项",
        ["CreateLegalAidApplication"] = "提交法律援助申请", ["GetLegalAidApplication"] = "查看法律援助申请", ["ListLegalAidApplications"] = "列出法律援助申请",
        ["DecideLegalAidApplication"] = "审查法律援助申请", ["AssignLegalAidProvider"] = "指派法律援助人员", ["RecordLegalAidOutcome"] = "登记法律援助结果",
        ["OpenMediation"] = "受理调解", ["GetMediation"] = "查看调解", ["RecordMediationSession"] = "记录调解", ["CloseMediation"] = "结束调解",
        ["ApplyForProtectionOrder"] = "申请人身安全保护令", ["GetProtectionOrder"] = "查看保护令", ["DecideProtectionOrder"] = "登记保护令裁定",
        ["RecordOrderViolation"] = "记录违反保护令", ["ListExpiringOrders"] = "列出即将到期保护令", ["ReferToPolice"] = "移送公安",
        ["RecordPoliceFeedback"] = "登记公安反馈", ["ListPoliceReferrals"] = "列出移送公安",
        // Employment
        ["EnrolWoman"] = "报名培训", ["CompleteEnrolment"] = "结业", ["RecordCertificate"] = "登记证书", ["GetTrainingRecord"] = "查看培训记录",
        ["RegisterJobSeeker"] = "登记求职", ["MatchPostsForWoman"] = "为妇女匹配岗位", ["MatchWomenForPost"] = "为岗位匹配妇女", ["PlaceWoman"] = "登记就业", ["GetPlacement"] = "查看就业安置", ["ListPlacements"] = "列出就业安置",
        ["EndPlacement"] = "结束就业", ["RecordStartupSupport"] = "登记创业扶持", ["ListStartupSupport"] = "列出创业扶持",
        // Family education
        ["ImportSignInSheet"] = "导入签到表", ["RecordAttendance"] = "登记参加活动", ["GetCoverage"] = "查看覆盖情况", ["ListHouseholds"] = "列出家庭",
        ["RecordSession"] = "记录指导", ["ListOverdueGuidance"] = "列出逾期指导", ["RaiseConcern"] = "报告关切", ["GetConcern"] = "查看关切",
        ["ListConcerns"] = "列出关切", ["CloseConcern"] = "结束关切", ["RecordScreening"] = "记录筛查",
        // Supervision
        ["DrawSample"] = "抽取满意度样本", ["RecordAnswers"] = "登记满意度答卷",
        // Community: counselling
        ["AddCounsellor"] = "登记心理咨询师", ["BookCounsellingSession"] = "预约心理疏导", ["RecordCounsellingSession"] = "记录心理疏导",
        ["GetCounsellingSession"] = "查看心理疏导", ["ListCounsellingSessions"] = "列出心理疏导", ["ListCounsellingFollowUps"] = "列出心理疏导回访",
        ["GetSessionNotes"] = "查看心理疏导记录内容",
        // Community: volunteers and executive pairings
        ["AddMember"] = "登记志愿者", ["ListMembers"] = "列出志愿者", ["LogServiceHours"] = "登记志愿服务时长",
        ["CreateExecutivePairing"] = "建立执委手拉手结对", ["RecordPairingContact"] = "记录执委联系", ["ListExecutivePairings"] = "列出执委手拉手结对",
        // Community: commendation and village self-government
        ["Nominate"] = "推荐评选对象", ["GetNomination"] = "查看评选推荐", ["ListNominations"] = "列出评选推荐", ["ReviewNomination"] = "审核评选推荐",
        ["PostNotice"] = "发布评选公示", ["RecordObjection"] = "登记公示异议", ["ResolveObjection"] = "处理公示异议", ["DecideNomination"] = "评选表彰决定",
        ["GetElection"] = "查看村“两委”选举", ["ListElections"] = "列出村“两委”选举", ["AddCandidate"] = "登记女性候选人", ["RecordResult"] = "登记选举结果",
        ["AddBoardMember"] = "登记议事会等成员", ["EndBoardMembership"] = "结束议事会等成员任职", ["GetVillageParticipation"] = "查看村级妇女参与情况",
        // Every service: referrals, her records, the audit trail
        ["SendReferral"] = "发起转介", ["GetReferral"] = "查看转介", ["ListInbox"] = "查看转入", ["ListSent"] = "查看转出", ["ListOverdue"] = "列出逾期转介",
        ["AcceptReferral"] = "接收转介", ["ReturnReferral"] = "退回转介", ["CompleteReferral"] = "办结转介", ["WithdrawReferral"] = "撤回转介",
        ["ListWomanRecords"] = "查看一人一档", ["QueryAuditRecords"] = "查询审计日志", ["VerifyAuditChain"] = "校验审计链",
    };

    private static readonly Dictionary<string, string> Outcomes = new()
    {
        ["OK"] = "成功", ["PERMISSION_DENIED"] = "无权限", ["INVALID_ARGUMENT"] = "输入有误", ["NOT_FOUND"] = "未找到", ["ALREADY_EXISTS"] = "已存在",
        ["FAILED_PRECONDITION"] = "不满足办理条件", ["UNAUTHENTICATED"] = "身份未通过", ["INTERNAL"] = "内部错误", ["ABORTED"] = "已被他人修改",
        ["UNAVAILABLE"] = "服务不可用", ["RESOURCE_EXHAUSTED"] = "超出限制", ["CANCELLED"] = "已取消", ["DEADLINE_EXCEEDED"] = "超时",
    };

    /// <summary>What a call did, from its path ("/suite.registry.v1.WomenService/GetWoman" → 查看妇女信息); the method's name where none is known.</summary>
    public static string Action(string path)
    {
        var method = path[(path.LastIndexOf('/') + 1)..];
        return Actions.GetValueOrDefault(method, method);
    }

    /// <summary>Whether an RPC's name has its words here.</summary>
    public static bool Names(string method) => Actions.ContainsKey(method);

    /// <summary>How a call ended ("PERMISSION_DENIED" → 无权限); the record's text where no word is known.</summary>
    public static string Outcome(string outcome) => Outcomes.GetValueOrDefault(outcome, outcome);
}
