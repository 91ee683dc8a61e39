using Suite.Contracts.LegalAid.V1;

namespace Suite.LegalAid.Rules;

/// <summary>received > assigned > in progress > resolved / referred / closed; a handler is assigned from received or later.</summary>
public static class MatterWorkflow
{
    private static readonly MatterStatus[] OpenStatuses = [MatterStatus.Received, MatterStatus.Assigned, MatterStatus.InProgress];

    public static bool IsOpen(MatterStatus status) => OpenStatuses.Contains(status);

    public static IReadOnlyList<MatterStatus> Open => OpenStatuses;

    /// <summary>The status after the step, or null when the step does not apply from <paramref name="current"/>.</summary>
    public static MatterStatus? Next(MatterStatus current, MatterAction action) => (current, action) switch
    {
        (MatterStatus.Assigned, MatterAction.Start) => MatterStatus.InProgress,
        (MatterStatus.Assigned or MatterStatus.InProgress, MatterAction.Resolve) => MatterStatus.Resolved,
        (MatterStatus.Assigned or MatterStatus.InProgress, MatterAction.Refer) => MatterStatus.Referred,
        (_, MatterAction.Close) when IsOpen(current) => MatterStatus.Closed,
        _ => null,
    };
}
