using Suite.Contracts.Community.V1;
using Source = Suite.Contracts.Community.V1.CounsellingSource;
using Topic = Suite.Contracts.Community.V1.CounsellingTopic;

namespace Suite.Ledger;

/// <summary>Counselling (心理疏导): where the need came from, a session's topic and kind, a booking's status, a follow-up's kind.</summary>
public static partial class CommunityLabels
{
    public static readonly CsvLabels<Source> CounsellingSource = new(
        (Source.Visit, "探访"), (Source.LegalAid, "维权事项"),
        (Source.FamilyEducation, "家庭教育"), (Source.Self, "本人求助"),
        (Source.Other, "其他"));

    public static readonly CsvLabels<Topic> CounsellingTopic = new(
        (Topic.FamilyRelations, "婚姻家庭关系"), (Topic.LonelinessStress, "孤独与压力"),
        (Topic.Parenting, "子女教养"), (Topic.DomesticViolenceAftercare, "家暴后疏导"),
        (Topic.Other, "其他"));

    public static readonly CsvLabels<CounsellingSessionKind> CounsellingKind = new(
        (CounsellingSessionKind.Individual, "个体疏导"), (CounsellingSessionKind.Group, "团体辅导"));

    public static readonly CsvLabels<CounsellingBookingStatus> CounsellingBooking = new(
        (CounsellingBookingStatus.Booked, "已预约"), (CounsellingBookingStatus.Held, "已疏导"));

    public static readonly CsvLabels<CounsellingFollowUpKind> CounsellingFollowUp = new(
        (CounsellingFollowUpKind.Booking, "预约"), (CounsellingFollowUpKind.Session, "回访"));
}
