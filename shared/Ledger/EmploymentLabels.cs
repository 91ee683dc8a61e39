using Suite.Contracts.Employment.V1;

namespace Suite.Ledger;

/// <summary>The Chinese names of Employment's enums, shown in tables and accepted as option values.</summary>
public static class EmploymentLabels
{
    public static readonly CsvLabels<Trade> Trade = new(
        (Contracts.Employment.V1.Trade.DomesticService, "家政"), (Contracts.Employment.V1.Trade.ElderlyCare, "养老护理"), (Contracts.Employment.V1.Trade.Ecommerce, "电商直播"),
        (Contracts.Employment.V1.Trade.Handicrafts, "手工"), (Contracts.Employment.V1.Trade.Planting, "种植"), (Contracts.Employment.V1.Trade.Breeding, "养殖"),
        (Contracts.Employment.V1.Trade.Other, "其他"));

    public static readonly CsvLabels<CourseMode> Mode = new((CourseMode.Order, "订单式"), (CourseMode.Menu, "菜单式"));

    public static readonly CsvLabels<EnrolmentStatus> Enrolment = new(
        (EnrolmentStatus.Enrolled, "在训"), (EnrolmentStatus.Completed, "结业"), (EnrolmentStatus.Dropped, "退出"));

    public static readonly CsvLabels<WorkPattern> Pattern = new(
        (WorkPattern.FullTime, "全职"), (WorkPattern.Flexible, "灵活就业"), (WorkPattern.HomeBased, "居家就业"));

    public static readonly CsvLabels<Distance> Distance = new(
        (Contracts.Employment.V1.Distance.SameVillage, "本村"), (Contracts.Employment.V1.Distance.SameTownship, "本乡镇"),
        (Contracts.Employment.V1.Distance.SameCounty, "本县"), (Contracts.Employment.V1.Distance.Further, "县外"));

    public static readonly CsvLabels<SeekerStatus> Seeker = new((SeekerStatus.Unemployed, "失业"), (SeekerStatus.Employed, "就业"));

    public static readonly CsvLabels<EmployerKind> Employer = new(
        (EmployerKind.Cooperative, "合作社"), (EmployerKind.FamilyFarm, "家庭农场"), (EmployerKind.LeadingEnterprise, "龙头企业"),
        (EmployerKind.RuralTourism, "乡村旅游"), (EmployerKind.Workshop, "就业帮扶车间"));

    /// <summary>Measures of a target, as GetTargetProgress names them.</summary>
    public static string Measure(string name) => name switch
    {
        "training_person_times" => "培训人次",
        "new_posts" => "新增岗位",
        "women_placed" => "安置人数",
        "mother_post_sites" => "妈妈岗示范点",
        _ => name,
    };
}
