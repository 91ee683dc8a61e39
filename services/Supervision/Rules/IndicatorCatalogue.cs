using Suite.Contracts;

namespace Suite.Supervision.Rules;

/// <summary>
/// The indicators the suite computes from the work each service records: each a rate (numerator over denominator)
/// per township and for the county, read from one service, answered for by one department.
/// </summary>
public static class IndicatorCatalogue
{
    public sealed record Definition(string Code, string Name, string Service, string Department, string Explained);

    public const string SurveyVerified = "registry.survey_verified";
    public const string PriorityCovered = "assistance.priority_covered";
    public const string AidOnTime = "legalaid.aid_on_time";
    public const string MediationSuccess = "legalaid.mediation_success";
    public const string TrainingTarget = "employment.training_target";
    public const string PlacementTarget = "employment.placement_target";
    public const string HouseholdsReached = "familyeducation.households_reached";
    public const string PlacesActive = "community.places_active";
    public const string WomenReached = "community.women_reached";
    public const string WomenCounselled = "community.women_counselled";
    public const string VolunteersServing = "community.volunteers_serving";
    public const string WomenElected = "community.women_elected";
    public const string Satisfaction = "supervision.satisfaction";
    public const string ReferralsOnTime = "casework.referrals_on_time";

    public static readonly IReadOnlyList<Definition> All =
    [
        new(SurveyVerified, "季度摸排核实率", ResourceNames.Registry, "civil-affairs", "本季度摸排已核实的在册妇女 / 在册妇女"),
        new(PriorityCovered, "重点妇女救助覆盖率（应保尽保）", ResourceNames.Assistance, "civil-affairs", "已获救助的重点妇女 / 重点妇女"),
        new(AidOnTime, "法律援助按期决定率（应援尽援）", ResourceNames.LegalAid, "justice", "本季度按期作出决定的法律援助申请 / 本季度作出决定的申请"),
        new(MediationSuccess, "矛盾纠纷调解成功率", ResourceNames.LegalAid, "justice", "本季度调解成功 / 本季度结案的调解"),
        new(TrainingTarget, "培训人次目标完成率", ResourceNames.Employment, "human-resources", "本年培训人次 / 年度目标"),
        new(PlacementTarget, "就业安置目标完成率", ResourceNames.Employment, "human-resources", "本年安置人数 / 年度目标"),
        new(HouseholdsReached, "有未成年子女家庭家庭教育覆盖率", ResourceNames.FamilyEducation, "womens-federation", "本季度服务到的家庭 / 有未满16周岁子女的家庭"),
        new(PlacesActive, "妇女之家等阵地活动开展率", ResourceNames.Community, "womens-federation", "本季度开展过社区活动的在用阵地 / 在用阵地（心理疏导点除外）"),
        new(WomenReached, "在册妇女社区活动参与率", ResourceNames.Community, "womens-federation", "本季度参加过社区活动的在册妇女 / 在册妇女"),
        new(WomenCounselled, "心理疏导覆盖率", ResourceNames.Community, "womens-federation", "本季度接受过心理疏导的在册妇女 / 在册妇女（人数较小时不公开）"),
        new(VolunteersServing, "巾帼志愿者服务参与率", ResourceNames.Community, "womens-federation", "本季度登记过服务时长的志愿者 / 志愿服务队队员"),
        new(WomenElected, "村“两委”女性成员占比", ResourceNames.Community, "womens-federation", "本年换届选举当选的女性 / 换届选举职数"),
        new(ReferralsOnTime, "转介按期办理率", "referrals", "", "本季度各部门收到的转介中按期办结的 / 已办结或已到期的"),
        new(Satisfaction, "群众满意率", ResourceNames.Supervision, "", "满意的受访妇女 / 受访妇女（满意度调查）"),
    ];

    public static Definition? Find(string code) => All.FirstOrDefault(d => d.Code == code);

    public static string NameOf(string code) => Find(code)?.Name ?? code;
}
