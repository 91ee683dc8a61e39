namespace Suite.Contracts;

/// <summary>
/// Names of the suite's resources, shared by the app host, the services and the tests so that no
/// name is typed twice. They are also the service-discovery names (<c>http://registry</c>), the
/// connection-string names and the OpenTelemetry service names.
/// </summary>
public static class ResourceNames
{
    public const string Cache = "cache";
    public const string Registry = "registry";
    public const string RegistryDb = "registrydb";
    public const string Assistance = "assistance";
    public const string AssistanceDb = "assistancedb";
    public const string LegalAid = "legalaid";
    public const string LegalAidDb = "legalaiddb";
    public const string Employment = "employment";
    public const string EmploymentDb = "employmentdb";
    public const string FamilyEducation = "familyeducation";
    public const string FamilyEducationDb = "familyeducationdb";
    public const string Supervision = "supervision";
    public const string SupervisionDb = "supervisiondb";
    public const string Community = "community";
    public const string CommunityDb = "communitydb";
    /// <summary>The staff's web console (工作台).</summary>
    public const string Console = "console";
}
