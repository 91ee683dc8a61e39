namespace Suite.LegalAid.UseCases;

/// <summary>The Legal aid service's permissions; granted in appsettings.json (Authorization:Grants).</summary>
public static class LegalAidPermissions
{
    public const string MattersRead = "legalaid.matters.read";
    public const string MattersWrite = "legalaid.matters.write";
    public const string AidWrite = "legalaid.aid.write";
    /// <summary>Decide legal-aid applications, assign providers, record outcomes.</summary>
    public const string AidDecide = "legalaid.aid.decide";
    public const string PoliceWrite = "legalaid.police.write";
    public const string StatisticsRead = "legalaid.stats.read";
}
