using Suite.Contracts.Supervision.V1;

namespace Suite.Supervision.Model;

/// <summary>One indicator for one area in a snapshot: numerator and denominator, or why there are none.</summary>
public sealed class FigureRecord
{
    public long Id { get; set; }
    public long SnapshotId { get; set; }
    public string Indicator { get; set; } = "";
    public string AreaCode { get; set; } = "";
    public FigureState State { get; set; }
    public long Numerator { get; set; }
    public long Denominator { get; set; }

    public double Rate => State == FigureState.Counted && Denominator > 0 ? (double)Numerator / Denominator : 0;
}
