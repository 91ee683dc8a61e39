using Suite.Assistance.Rules;
using Suite.Contracts.Assistance.V1;
using Xunit;

namespace Suite.Assistance.UnitTests;

public sealed class ApplicationWorkflowTests
{
    [Theory]
    [InlineData(ApplicationStatus.Submitted, ApplicationAction.StartReview, ApplicationStatus.UnderReview)]
    [InlineData(ApplicationStatus.UnderReview, ApplicationAction.Approve, ApplicationStatus.Approved)]
    [InlineData(ApplicationStatus.UnderReview, ApplicationAction.Reject, ApplicationStatus.Rejected)]
    [InlineData(ApplicationStatus.Approved, ApplicationAction.Activate, ApplicationStatus.Active)]
    [InlineData(ApplicationStatus.Active, ApplicationAction.End, ApplicationStatus.Ended)]
    public void Each_step_moves_from_its_status_to_the_next(ApplicationStatus from, ApplicationAction action, ApplicationStatus to) =>
        Assert.Equal(to, ApplicationWorkflow.Next(from, action));

    [Theory]
    [InlineData(ApplicationStatus.Submitted, ApplicationAction.Approve)]
    [InlineData(ApplicationStatus.Rejected, ApplicationAction.Activate)]
    [InlineData(ApplicationStatus.Ended, ApplicationAction.End)]
    public void A_step_from_another_status_does_not_apply(ApplicationStatus from, ApplicationAction action) =>
        Assert.Null(ApplicationWorkflow.Next(from, action));

    [Fact]
    public void Rejecting_and_ending_need_a_reason_and_only_approve_and_reject_are_decisions()
    {
        Assert.True(ApplicationWorkflow.NeedsReason(ApplicationAction.Reject) && ApplicationWorkflow.NeedsReason(ApplicationAction.End));
        Assert.False(ApplicationWorkflow.NeedsReason(ApplicationAction.Approve));
        Assert.True(ApplicationWorkflow.IsDecision(ApplicationAction.Approve) && ApplicationWorkflow.IsDecision(ApplicationAction.Reject));
        Assert.False(ApplicationWorkflow.IsDecision(ApplicationAction.Activate));
    }
}
