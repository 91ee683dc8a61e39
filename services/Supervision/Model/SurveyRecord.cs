namespace Suite.Supervision.Model;

/// <summary>A satisfaction survey of a township's quarter: its questions and how many women to sample.</summary>
public sealed class SurveyRecord
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public string TownshipCode { get; set; } = "";
    public int Year { get; set; }
    public int Quarter { get; set; }
    public string Title { get; set; } = "";
    public List<string> Questions { get; set; } = [];
    public int SampleSize { get; set; }
    /// <summary>Active women the sample was drawn from; 0 until drawn.</summary>
    public int Population { get; set; }
    public bool Drawn { get; set; }
}
