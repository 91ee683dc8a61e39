using Suite.Contracts.Registry.V1;
using Proto = Suite.Contracts.Registry.V1;

namespace Suite.Ledger;

/// <summary>The labels of the ledger's enums.</summary>
public static class LedgerLabels
{
    public static readonly CsvLabels<Education> Education = new(
        (Proto.Education.None, "文盲"), (Proto.Education.Primary, "小学"), (Proto.Education.JuniorSecondary, "初中"),
        (Proto.Education.SeniorSecondary, "高中"), (Proto.Education.College, "大专及以上"));

    public static readonly CsvLabels<HealthStatus> Health = new(
        (HealthStatus.Healthy, "健康"), (HealthStatus.ChronicIllness, "慢性病"), (HealthStatus.SeriousIllness, "大病"), (HealthStatus.Disabled, "残疾"));

    public static readonly CsvLabels<DisabilityCategory> Disability = new(
        (DisabilityCategory.Visual, "视力"), (DisabilityCategory.Hearing, "听力"), (DisabilityCategory.Speech, "言语"),
        (DisabilityCategory.Physical, "肢体"), (DisabilityCategory.Intellectual, "智力"), (DisabilityCategory.Mental, "精神"),
        (DisabilityCategory.Multiple, "多重"));

    public static readonly CsvLabels<EconomicStatus> Economic = new(
        (EconomicStatus.Ordinary, "一般"), (EconomicStatus.LowIncome, "低收入"), (EconomicStatus.MinimumAllowance, "低保"),
        (EconomicStatus.ExtremePoverty, "特困"), (EconomicStatus.PovertyAlleviated, "脱贫户"), (EconomicStatus.Monitored, "监测户"));

    public static readonly CsvLabels<HusbandWorkPlace> WorkPlace = new(
        (HusbandWorkPlace.InProvince, "省内"), (HusbandWorkPlace.OutOfProvince, "省外"), (HusbandWorkPlace.Abroad, "境外"));

    public static readonly CsvLabels<ContactFrequency> Contact = new(
        (ContactFrequency.Weekly, "每周"), (ContactFrequency.Monthly, "每月"), (ContactFrequency.Rarely, "很少"), (ContactFrequency.None, "无联系"));

    public static readonly CsvLabels<EmploymentStatus> Employment = new(
        (EmploymentStatus.Farming, "务农"), (EmploymentStatus.Employed, "就业"), (EmploymentStatus.SelfEmployed, "自主经营"),
        (EmploymentStatus.Unemployed, "待业"), (EmploymentStatus.UnableToWork, "无劳动能力"));

    public static readonly CsvLabels<Need> Need = new(
        (Proto.Need.Employment, "就业"), (Proto.Need.Training, "培训"), (Proto.Need.Legal, "法律"), (Proto.Need.FamilyEducation, "家庭教育"),
        (Proto.Need.Psychological, "心理"), (Proto.Need.Health, "健康"), (Proto.Need.LivingAssistance, "生活救助"));

    public static readonly CsvLabels<HouseholdRelation> Relation = new(
        (HouseholdRelation.Child, "子女"), (HouseholdRelation.Parent, "父母"), (HouseholdRelation.Other, "其他"));

    public static readonly CsvLabels<Schooling> Schooling = new(
        (Proto.Schooling.NotYet, "未入学"), (Proto.Schooling.Kindergarten, "幼儿园"), (Proto.Schooling.Primary, "小学"),
        (Proto.Schooling.JuniorSecondary, "初中"), (Proto.Schooling.LeftSchool, "辍学"));

    public static readonly CsvLabels<PriorityLevel> Priority = new(
        (PriorityLevel.Routine, "一般"), (PriorityLevel.Attention, "关注"), (PriorityLevel.Priority, "重点"));

    public static readonly CsvLabels<LedgerStatus> Status = new((LedgerStatus.Active, "在册"), (LedgerStatus.Exited, "已退出"));

    public static readonly CsvLabels<ExitReason> Exit = new(
        (ExitReason.HusbandReturned, "丈夫返乡"), (ExitReason.MovedWithHusband, "随夫外出"), (ExitReason.MovedToTown, "进城居住"),
        (ExitReason.Divorced, "离婚"), (ExitReason.Deceased, "死亡"), (ExitReason.Other, "其他"));

    public const string Yes = "是";
    public const string No = "否";
}
