using Suite.Contracts.Common.V1;

namespace Suite.Casework;

/// <summary>
/// A service's records of one woman, as the caller may see them: each service answers for its own kinds, checking the
/// caller's permissions and area, and leaving out what the caller may not know exists (a sensitive matter without
/// sensitive.read).
/// </summary>
public interface IWomanRecordSource
{
    Task<IReadOnlyList<WomanRecord>> RecordsOfAsync(long womanId, CancellationToken ct);
}
