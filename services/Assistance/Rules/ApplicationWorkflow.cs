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

    public static bool IsKnown(ApplicationAction action) => Steps.ContainsKey(action);

    /// <summary>The status after the step, or null when the step does not apply from <paramref name="current"/>.</summary>
    public static ApplicationStatus? Next(ApplicationStatus current, ApplicationAction action) =>
        Steps.TryGetValue(action, out var step) && step.From == current ? step.To : null;

    public static bool IsDecision(ApplicationAction action) => action is ApplicationAction.Approve or ApplicationAction.Reject;

    public static bool NeedsReason(ApplicationAction action) => action is ApplicationAction.Reject or ApplicationAction.End;
}
