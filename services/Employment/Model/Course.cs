using Suite.Contracts.Employment.V1;

namespace Suite.Employment.Model;

/// <summary>A training course: trade, mode, provider, place, dates, hours, places and subsidy.</summary>
public sealed class Course
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public string Name { get; set; } = "";
    public Trade Trade { get; set; }
    public CourseMode Mode { get; set; }
    public string Provider { get; set; } = "";
    public string AreaCode { get; set; } = "";
    public bool Online { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public int Hours { get; set; }
    public int Capacity { get; set; }
    public int SubsidyYuan { get; set; }
    /// <summary>Enrolments so far; raised in the same statement that checks the capacity.</summary>
    public int Enrolled { get; set; }
    public DateTime CreatedAt { get; set; }
}
