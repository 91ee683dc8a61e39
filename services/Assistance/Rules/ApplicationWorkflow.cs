using Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.Rules;

/// <summary>
/// The workflow: submitted > under review > approved or rejected > active > ended. Deciding (approve, reject) must be
/// done by someone other than the submitter (separation of duties); rejecting and ending need a reason.
/// </summary>
public static class ApplicationWorkflow
{
    private static readonly Dictionary<ApplicationAction, (ApplicationStatus From, ApplicationStatus To)> Steps = new()
    {
        [ApplicationAction.StartReview] = (ApplicationStatus.Submitted, ApplicationStatus.UnderReview),
        [ApplicationAction.Approve] = (ApplicationStatus.UnderReview, ApplicationStatus.Approved),
        [ApplicationAction.Reject] = (ApplicationStatus.UnderReview, ApplicationStatus.Rejected),
        [ApplicationAction.Activate] = (ApplicationStatus.Approved, ApplicationStatus.Active),
        [ApplicationAction.End] = (ApplicationStatus.Active, ApplicationStatus.Ended),
    };

    /// <summary>The statuses of an open application: at most one per woman and programme.</summary>
    public static readonly ApplicationStatus[] Open = [ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.Approved, ApplicationStatus.Active];

    /// <summary><see cref="Open"/> as the unique index's filter (both providers read it).</summary>
    public const string OpenFilter = "[Status] IN (1, 2, 3, 5)";

    public static bool IsKnown(ApplicationAction action) => Steps.ContainsKey(action);

    /// <summary>The status after the step, or null when the step does not apply from <paramref name="current"/>.</summary>
    public static ApplicationStatus? Next(ApplicationStatus current, ApplicationAction action) =>
        Steps.TryGetValue(action, out var step) && step.From == current ? step.To : null;

    public static bool IsDecision(ApplicationAction action) => action is ApplicationAction.Approve or ApplicationAction.Reject;

    public static bool NeedsReason(ApplicationAction action) => action is ApplicationAction.Reject or ApplicationAction.End;
}
