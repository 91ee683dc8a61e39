using Suite.Contracts.Employment.V1;
using Suite.Persistence;

namespace Suite.Employment.Model;

/// <summary>A woman in a course: her village (the record's scope), status and sessions attended.</summary>
public sealed class Enrolment : IVersioned
{
    public long Id { get; set; }
    public long Version { get; set; }
    public string RequestId { get; set; } = "";
    public long CourseId { get; set; }
    public long WomanId { get; set; }
    public string VillageCode { get; set; } = "";
    public Trade Trade { get; set; }
    public EnrolmentStatus Status { get; set; }
    public int SessionsAttended { get; set; }
    public DateTime EnrolledAt { get; set; }
}
