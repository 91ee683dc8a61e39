namespace Suite.Security;

/// <summary>Permissions every service knows; each service adds its own (e.g. RegistryPermissions).</summary>
public static class SuitePermissions
{
    /// <summary>Query the audit log and verify its chain.</summary>
    public const string AuditRead = "audit.read";

    /// <summary>
    /// See sensitive matters: domestic violence, protection orders, police referrals, counselling notes and concerns about
    /// minors, in every service and whichever service holds them. One rule for the suite: every service grants it to the
    /// same roles (checked by a test), and a service that receives word of another's sensitive matter shows it only to them.
    /// Without it, a caller sees the coded need (what help, how urgent), never the kind of matter, and small counts of
    /// sensitive things are suppressed (<see cref="SmallCells"/>).
    /// </summary>
    public const string SensitiveRead = "sensitive.read";

    /// <summary>See the department's referrals: its inbox, what it sent, what is overdue.</summary>
    public const string ReferralsRead = "referrals.read";

    /// <summary>Counts of the department's referrals by how they were answered (no woman named): supervision reads them.</summary>
    public const string ReferralsStatisticsRead = "referrals.stats.read";

    /// <summary>Send referrals to other departments, and accept, close or return those received.</summary>
    public const string ReferralsWrite = "referrals.write";

    /// <summary>See full resident ID and phone numbers (with a stated purpose; every reveal is audited).</summary>
    public const string PiiReveal = "pii.reveal";
}
