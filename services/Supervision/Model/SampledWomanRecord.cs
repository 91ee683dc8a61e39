using Suite.Contracts.Supervision.V1;

namespace Suite.Supervision.Model;

/// <summary>A woman drawn for a survey (her Registry id and village only), and her answers once given.</summary>
public sealed class SampledWomanRecord
{
    public long Id { get; set; }
    public long SurveyId { get; set; }
    public long WomanId { get; set; }
    public string VillageCode { get; set; } = "";
    public int Position { get; set; }
    public InterviewMethod Method { get; set; }
    public List<int> Scores { get; set; } = [];
    public bool Answered => Scores.Count > 0;
}
