using System.Collections.Concurrent;
using Grpc.Core;
using Suite.Domain;

namespace Suite.Registry.UseCases;

/// <summary>
/// A create refused because the ID number is registered outside the caller's area tells the caller only that: not
/// who, not where. One ledger per person cannot hide that much from someone registering her; what it can do is keep
/// it from becoming a way to test numbers: each caller gets <c>Registry:DuplicateProbesPerDay</c> (20) such answers
/// a day (China date) on this instance, then RESOURCE_EXHAUSTED until the next day. Every refusal is audited.
/// </summary>
public sealed class DuplicateProbes(TimeProvider clock, IConfiguration configuration)
{
    private readonly int _perDay = Math.Max(1, configuration.GetValue("Registry:DuplicateProbesPerDay", 20));
    private readonly ConcurrentDictionary<(string Subject, DateOnly Day), int> _counts = new();

    public void Count(string subject)
    {
        var today = clock.Today();
        foreach (var stale in _counts.Keys.Where(k => k.Day < today))
        {
            _counts.TryRemove(stale, out _);
        }
        if (_counts.AddOrUpdate((subject, today), 1, (_, n) => n + 1) > _perDay)
        {
            throw new RpcException(new Status(StatusCode.ResourceExhausted,
                $"More than {_perDay} resident ID numbers registered outside your area today; the county civil-affairs office can look into them."));
        }
    }
}
