using Suite.Contracts.Community.V1;
using Suite.Persistence;

namespace Suite.Community.Model;

/// <summary>A culture, sports, skills or awareness activity held at a place, with attendance from sign-in sheets.</summary>
public sealed class CommunityActivityRecord : IVersioned
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public long PlaceId { get; set; }
    /// <summary>The place's area, or the caller's when the place serves a wider area than hers.</summary>
    public string AreaCode { get; set; } = "";
    public ActivityKind Kind { get; set; }
    public DateOnly Date { get; set; }
    public string Topic { get; set; } = "";
    public string Organiser { get; set; } = "";
    public int Capacity { get; set; }
    /// <summary>Raised by sign-in sheets in the database; not part of the etag, which guards what people type.</summary>
    [NotPartOfEtag]
    public int RegisteredAttendance { get; set; }
    public int OtherParticipants { get; set; }
    /// <summary>The purchased-service project it was delivered under, if any.</summary>
    public long? ProjectId { get; set; }
    public long Version { get; set; }
}
