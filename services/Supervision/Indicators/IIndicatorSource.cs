using Suite.Supervision.Model;

namespace Suite.Supervision.Indicators;

/// <summary>
/// Reads the indicators of one service for a snapshot, with the supervision service's own identity (statistics
/// only). A service that does not answer throws (an RpcException): the snapshot marks its indicators missing.
/// </summary>
public interface IIndicatorSource
{
    /// <summary>The service read (a resource name).</summary>
    string Service { get; }

    /// <summary>The indicator codes it gives.</summary>
    IReadOnlyList<string> Indicators { get; }

    /// <summary>One figure per indicator and area of the scope.</summary>
    Task<IReadOnlyList<FigureRecord>> ReadAsync(SnapshotScope scope, CancellationToken ct);
}
