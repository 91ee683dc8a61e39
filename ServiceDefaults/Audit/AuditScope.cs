namespace Suite.ServiceDefaults.Audit;

/// <summary>What the current call touched, filled in by the application code and written by <see cref="AuditInterceptor"/>.</summary>
public sealed class AuditScope
{
    public List<string> Resources { get; } = [];

    public string Purpose { get; set; } = "";

    public void Touched(string resourceType, long id) => Resources.Add($"{resourceType}:{id}");
}
