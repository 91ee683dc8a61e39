using System.Globalization;
using Grpc.Core;
using Suite.Domain;
using Suite.Redis;

namespace Suite.Registry.UseCases;

/// <summary>
/// A create refused because the ID number is registered outside the caller's area tells the caller only that: not
/// who, not where. One ledger per person cannot hide that much from someone registering her; what it can do is keep
/// it from becoming a way to test numbers: each caller gets <c>Registry:DuplicateProbesPerDay</c> (20) such answers
/// a day (China date), counted across every instance of the Registry in Redis (<see cref="SharedLimits"/>), then
/// RESOURCE_EXHAUSTED until the next day. Every refusal is audited.
/// </summary>
public sealed class DuplicateProbes(TimeProvider clock, IConfiguration configuration, SharedLimits limits)
{
    public const string Refusal = "You have had today's allowance of answers that a resident ID number is registered outside your area; the county civil-affairs office can look into them.";

    private readonly int _perDay = Math.Max(1, configuration.GetValue("Registry:DuplicateProbesPerDay", 20));

    public async Task CountAsync(string subject)
    {
        // The day from the service's clock, in the key: the count is the day's whatever Redis's clock says.
        var today = clock.Today();
        var key = $"limits.daily.registry.duplicate-probes.{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{subject}";
        var untilDayEnds = ChinaCalendar.EndUtc(today) - clock.GetUtcNow().UtcDateTime;
        if (await limits.CountAsync(key, untilDayEnds + TimeSpan.FromHours(1)) > _perDay)
        {
            throw new RpcException(new Status(StatusCode.ResourceExhausted, Refusal));
        }
    }
}
