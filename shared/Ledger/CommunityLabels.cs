using Suite.Contracts.Community.V1;

namespace Suite.Ledger;

/// <summary>The Chinese names of Community's enums, shown in tables and accepted as option values. Each area adds its own.</summary>
public static partial class CommunityLabels
{
    public static readonly CsvLabels<PlaceKind> Place = new(
        (PlaceKind.WomensHome, "妇女之家"), (PlaceKind.ChildrensHome, "儿童之家"), (PlaceKind.HappinessHome, "幸福之家"),
        (PlaceKind.ParentSchool, "家长学校"), (PlaceKind.GuidanceStation, "家庭教育指导站"), (PlaceKind.CounsellingPoint, "心理咨询点"),
        (PlaceKind.CultureGround, "文体活动场所"), (PlaceKind.Online, "线上平台"));
}
