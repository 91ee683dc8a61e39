namespace Suite.FamilyEducation.UseCases;

/// <summary>The Family education service's permissions; granted in appsettings.json (Authorization:Grants).</summary>
public static class FamilyEducationPermissions
{
    public const string ActivitiesRead = "familyeducation.activities.read";
    public const string ActivitiesWrite = "familyeducation.activities.write";
    public const string GuidanceRead = "familyeducation.guidance.read";
    public const string GuidanceWrite = "familyeducation.guidance.write";
    /// <summary>See children's details (birth years, schooling) and concern narratives: minors' sensitive data.</summary>
    public const string ChildrenRead = "familyeducation.children.read";
    public const string ConcernsWrite = "familyeducation.concerns.write";
    public const string StatisticsRead = "familyeducation.stats.read";
}
