using Suite.Casework;
using Suite.Contracts.Common.V1;

namespace Suite.Community.UseCases;

/// <summary>
/// Her records in Community for the case file, of the caller's area. Each area of the service adds its lines here; a
/// counselling session shows only that it took place and its follow-up date, never what was said.
/// </summary>
public sealed class CommunityWomanRecords : IWomanRecordSource
{
    public Task<IReadOnlyList<WomanRecord>> RecordsOfAsync(long womanId, CancellationToken ct) => Task.FromResult<IReadOnlyList<WomanRecord>>([]);
}
