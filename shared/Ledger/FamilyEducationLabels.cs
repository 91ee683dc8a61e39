using Suite.Contracts.FamilyEducation.V1;

namespace Suite.Ledger;

/// <summary>The Chinese names of Family education's enums, shown in tables and accepted as option values.</summary>
public static class FamilyEducationLabels
{
    public static readonly CsvLabels<VenueKind> Venue = new(
        (VenueKind.ParentSchool, "家长学校"), (VenueKind.GuidanceStation, "家庭教育指导站"), (VenueKind.WomensHome, "妇女之家"),
        (VenueKind.ChildrensHome, "儿童之家"), (VenueKind.Online, "线上平台"), (VenueKind.HappinessHome, "幸福之家"),
        (VenueKind.CounsellingPoint, "心理咨询点"), (VenueKind.CultureGround, "文体活动场所"));

    public static readonly CsvLabels<ActivityKind> Activity = new(
        (ActivityKind.Lecture, "讲座"), (ActivityKind.ParentClass, "家长课堂"), (ActivityKind.MicroClass, "线上微课"),
        (ActivityKind.ParentChild, "亲子活动"), (ActivityKind.Reading, "亲子阅读"), (ActivityKind.MutualHelp, "互助交流"));

    public static readonly CsvLabels<GuideKind> Guide = new((GuideKind.Volunteer, "志愿者"), (GuideKind.Agency, "专业机构"));

    public static readonly CsvLabels<SessionForm> Form = new((SessionForm.HomeVisit, "入户"), (SessionForm.AtVenue, "阵地"), (SessionForm.Remote, "电话视频"));

    public static readonly CsvLabels<Topic> Topic = new(
        (Contracts.FamilyEducation.V1.Topic.StudyHabits, "学习习惯"), (Contracts.FamilyEducation.V1.Topic.Safety, "安全"),
        (Contracts.FamilyEducation.V1.Topic.MentalHealth, "心理健康"), (Contracts.FamilyEducation.V1.Topic.Guardianship, "监护责任"),
        (Contracts.FamilyEducation.V1.Topic.Communication, "亲子沟通"));

    public static readonly CsvLabels<ConcernKind> Concern = new(
        (ConcernKind.NoAdultAtHome, "无成人在家"), (ConcernKind.SchoolDropout, "辍学"), (ConcernKind.Safety, "安全"), (ConcernKind.Other, "其他"));

    public static readonly CsvLabels<Severity> Severity = new((Contracts.FamilyEducation.V1.Severity.Attention, "关注"), (Contracts.FamilyEducation.V1.Severity.Serious, "严重"));
}
