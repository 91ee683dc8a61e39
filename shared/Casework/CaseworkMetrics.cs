using System.Diagnostics.Metrics;

namespace Suite.Casework;

/// <summary>Referrals between departments on the dashboard: sent, received once, answered (by status).</summary>
public static class CaseworkMetrics
{
    private static readonly Meter Meter = new("Suite.Casework");

    public static readonly Counter<long> Received = Meter.CreateCounter<long>("suite.referrals.received", "{referral}", "Referrals received from another department");

    public static readonly Counter<long> Answered = Meter.CreateCounter<long>("suite.referrals.answered", "{referral}", "Answers to referrals applied on the sending side");
}
