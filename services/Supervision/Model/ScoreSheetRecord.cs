namespace Suite.Supervision.Model;

/// <summary>The last scores of a county's quarter, kept as computed (the wire form, every point explained).</summary>
public sealed class ScoreSheetRecord
{
    public long Id { get; set; }
    public string CountyCode { get; set; } = "";
    public int Year { get; set; }
    public int Quarter { get; set; }
    public byte[] Sheet { get; set; } = [];
}
