using Suite.Contracts.Common.V1;

namespace Suite.Casework;

/// <summary>How a service takes part in referrals (<c>Referrals:*</c>): its own name, and how many days a referral may take.</summary>
public sealed class ReferralOptions
{
    /// <summary>This service's name as a referral's source or target ("assistance").</summary>
    public string Service { get; set; } = "";

    /// <summary>Days an urgent referral may take to close (default 3).</summary>
    public int UrgentDays { get; set; } = 3;

    /// <summary>Days a routine referral may take (default 15).</summary>
    public int RoutineDays { get; set; } = 15;

    public int DaysFor(ReferralUrgency urgency) => urgency == ReferralUrgency.Urgent ? UrgentDays : RoutineDays;
}
