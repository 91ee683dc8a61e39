namespace Suite.Supervision.UseCases;

/// <summary>The Supervision service's permissions; granted in appsettings.json (Authorization:Grants).</summary>
public static class SupervisionPermissions
{
    /// <summary>Create plans, add and import tasks (the supervision office).</summary>
    public const string PlansWrite = "supervision.plans.write";
    /// <summary>Read plans and the caller's own unit's tasks, progress and scores.</summary>
    public const string TasksRead = "supervision.tasks.read";
    /// <summary>Report progress on the caller's own unit's tasks.</summary>
    public const string TasksReport = "supervision.tasks.report";
    /// <summary>Read every unit's tasks, progress, scores and visits in the area (the office, county leaders).</summary>
    public const string OverviewRead = "supervision.overview.read";
    /// <summary>Take snapshots, save schemes, score, close a year.</summary>
    public const string Assess = "supervision.assess";
    /// <summary>Record supervision visits and close rectifications.</summary>
    public const string VisitsWrite = "supervision.visits.write";
    /// <summary>Create satisfaction surveys, draw their samples, record answers.</summary>
    public const string SurveysWrite = "supervision.surveys.write";
}
