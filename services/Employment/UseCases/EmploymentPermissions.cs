namespace Suite.Employment.UseCases;

/// <summary>The Employment service's permissions; granted in appsettings.json (Authorization:Grants).</summary>
public static class EmploymentPermissions
{
    public const string TrainingRead = "employment.training.read";
    public const string TrainingWrite = "employment.training.write";
    /// <summary>Enrol women in courses (human resources and the women's federation).</summary>
    public const string TrainingEnrol = "employment.training.enrol";
    public const string JobsRead = "employment.jobs.read";
    public const string JobsWrite = "employment.jobs.write";
    public const string StartupWrite = "employment.startup.write";
    public const string TargetsWrite = "employment.targets.write";
    public const string StatisticsRead = "employment.stats.read";
}
