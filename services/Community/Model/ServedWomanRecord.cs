namespace Suite.Community.Model;

/// <summary>A woman (Registry id) served by a logged volunteer service; the project is copied from the log for counting.</summary>
public sealed class ServedWomanRecord
{
    public long Id { get; set; }
    public long HoursLogId { get; set; }
    public long WomanId { get; set; }
    public long? ProjectId { get; set; }
}
