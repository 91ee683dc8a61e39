using Suite.Contracts.Community.V1;

namespace Suite.Ledger;

public static partial class CommunityLabels
{
    /// <summary>Kinds of community activity.</summary>
    public static readonly CsvLabels<ActivityKind> Activity = new(
        (ActivityKind.Culture, "文化活动"), (ActivityKind.Sports, "体育活动"), (ActivityKind.CultureToCountryside, "送文化下乡"),
        (ActivityKind.DigitalSkills, "数字技能课堂"), (ActivityKind.AntiFraud, "防诈骗课堂"), (ActivityKind.MarchEighth, "三八节活动"),
        (ActivityKind.PublicAwareness, "宣传活动"), (ActivityKind.Other, "其他"));
}
