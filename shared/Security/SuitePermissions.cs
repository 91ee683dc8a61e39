namespace Suite.Security;

/// <summary>Permissions every service knows; each service adds its own (e.g. RegistryPermissions).</summary>
public static class SuitePermissions
{
    /// <summary>Query the audit log and verify its chain.</summary>
    public const string AuditRead = "audit.read";

    /// <summary>See full resident ID and phone numbers (with a stated purpose; every reveal is audited).</summary>
    public const string PiiReveal = "pii.reveal";
}
