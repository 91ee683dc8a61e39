namespace Suite.Supervision.Model;

/// <summary>The scoring scheme of a county's year: weighted indicators with targets, and the deduction for overdue tasks.</summary>
public sealed class SchemeRecord
{
    public long Id { get; set; }
    public string CountyCode { get; set; } = "";
    public int Year { get; set; }
    public List<SchemeItemEntry> Items { get; set; } = [];
    public double OverdueTaskDeduction { get; set; }
    public double MaxDeduction { get; set; }
    public int Version { get; set; }
}
