namespace Suite.Assistance.UseCases;

/// <summary>The Assistance service's permissions; granted in appsettings.json (Authorization:Grants).</summary>
public static class AssistancePermissions
{
    public const string ProgrammesRead = "assistance.programmes.read";
    public const string ProgrammesWrite = "assistance.programmes.write";
    public const string ApplicationsRead = "assistance.applications.read";
    public const string ApplicationsWrite = "assistance.applications.write";
    /// <summary>Approve, reject, activate and end applications.</summary>
    public const string ApplicationsDecide = "assistance.applications.decide";
    /// <summary>Counts only (statistics, coverage gaps): what the supervision service's identity is granted.</summary>
    public const string StatisticsRead = "assistance.stats.read";
}
