namespace Suite.Registry.UseCases;

/// <summary>The Registry's permissions, one per kind of RPC; granted in appsettings.json (Authorization:Grants).</summary>
public static class RegistryPermissions
{
    public const string WomenRead = "registry.women.read";
    public const string WomenWrite = "registry.women.write";
    public const string Import = "registry.import";
    public const string Export = "registry.export";
    public const string StatisticsRead = "registry.stats.read";
    public const string AreasRead = "registry.areas.read";
    public const string AreasWrite = "registry.areas.write";
    public const string WorkforceRead = "registry.workforce.read";
    public const string WorkforceWrite = "registry.workforce.write";
    public const string SurveyRead = "registry.survey.read";
    public const string SurveyWrite = "registry.survey.write";
    /// <summary>See a woman's visits and who is due for one.</summary>
    public const string VisitsRead = "registry.visits.read";
    /// <summary>Record a visit to a woman of one's area (village staff for their own village).</summary>
    public const string VisitsWrite = "registry.visits.write";
}
