using Suite.Contracts.Community.V1;

namespace Suite.Ledger;

/// <summary>Commendation and village self-government: the Chinese of their enums.</summary>
public static partial class CommunityLabels
{
    public static readonly CsvLabels<CommendationKind> Commendation = new(
        (CommendationKind.MostBeautifulFamily, "最美家庭"), (CommendationKind.GoodExample, "好榜样"));

    public static readonly CsvLabels<NominationStatus> Nomination = new(
        (NominationStatus.Nominated, "待审核"), (NominationStatus.Recommended, "已推荐"), (NominationStatus.Rejected, "未推荐"),
        (NominationStatus.InNotice, "公示"), (NominationStatus.Withdrawn, "已撤销"), (NominationStatus.Awarded, "已表彰"), (NominationStatus.NotAwarded, "未表彰"));

    public static readonly CsvLabels<ObjectionStatus> Objection = new(
        (ObjectionStatus.Open, "待处理"), (ObjectionStatus.Upheld, "成立"), (ObjectionStatus.Dismissed, "不成立"));

    public static readonly CsvLabels<VillageBody> Body = new(
        (VillageBody.PartyBranchCommittee, "村党支部委员会"), (VillageBody.VillagersCommittee, "村民委员会"));

    public static readonly CsvLabels<BoardKind> Board = new(
        (BoardKind.VillagersCouncil, "村民议事会"), (BoardKind.AffairsSupervision, "村务监督委员会"), (BoardKind.CeremoniesCouncil, "红白理事会"), (BoardKind.Other, "其他"));
}
