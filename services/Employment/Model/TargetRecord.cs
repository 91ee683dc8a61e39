namespace Suite.Employment.Model;

/// <summary>An area's targets for a year.</summary>
public sealed class TargetRecord
{
    public long Id { get; set; }
    public string AreaCode { get; set; } = "";
    public int Year { get; set; }
    public int TrainingPersonTimes { get; set; }
    public int NewPosts { get; set; }
    public int WomenPlaced { get; set; }
    public int MotherPostSites { get; set; }
}
