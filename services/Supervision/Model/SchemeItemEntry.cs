namespace Suite.Supervision.Model;

/// <summary>An indicator of a scheme, its weight in points and its target rate.</summary>
public sealed class SchemeItemEntry
{
    public string Indicator { get; set; } = "";
    public int Weight { get; set; }
    public double Target { get; set; }
}
