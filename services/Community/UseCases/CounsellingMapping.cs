using Suite.Community.Model;
using Date = Suite.Contracts.Common.V1.Date;
using Proto = Suite.Contracts.Community.V1;

namespace Suite.Community.UseCases;

/// <summary>Counselling on the wire: the fact of a session, never its notes (nor the project it was delivered under).</summary>
public static class CounsellingMapping
{
    public static Proto.Counsellor ToProto(this CounsellorRecord c) => new()
    {
        Id = c.Id, PointId = c.PointId, AreaCode = c.AreaCode, Subject = c.Subject, Name = c.Name, Qualification = c.Qualification,
    };

    public static Proto.CounsellingBooking ToProto(this CounsellingBookingRecord b) => new()
    {
        Id = b.Id, PointId = b.PointId, AreaCode = b.AreaCode, WomanId = b.WomanId, VillageCode = b.VillageCode, Date = Date.From(b.Date), Source = b.Source,
        ReferralId = b.ReferralId ?? 0, Status = b.Status,
    };

    public static Proto.CounsellingSession ToProto(this CounsellingSessionRecord s) => new()
    {
        Id = s.Id, PointId = s.PointId, AreaCode = s.AreaCode, Kind = s.Kind, Date = Date.From(s.Date), Topic = s.Topic,
        FollowUpDate = s.FollowUpDate is { } followUp ? Date.From(followUp) : null, BookingId = s.BookingId ?? 0,
        WomanIds = { s.Attendance.Select(a => a.WomanId).Order() }, OtherParticipants = s.OtherParticipants, HasNotes = s.NotesSealed.Length > 0, FollowedUp = s.FollowedUp,
    };
}
