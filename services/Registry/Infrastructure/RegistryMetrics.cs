using System.Diagnostics.Metrics;
using Suite.Contracts.Common;

namespace Suite.Registry.Infrastructure;

/// <summary>The Registry's work on the dashboard: rows imported by outcome, village visits recorded.</summary>
public static class RegistryMetrics
{
    private static readonly Meter Meter = new("Suite.Registry");

    private static readonly Counter<long> Imported = Meter.CreateCounter<long>("suite.women.imported", "{row}", "Ledger rows imported, by outcome");

    public static readonly Counter<long> VisitsRecorded = Meter.CreateCounter<long>("suite.visits.recorded", "{visit}", "Village visits recorded");

    public static void CountImported(Contracts.Registry.V1.ImportOutcome outcome) =>
        Imported.Add(1, new KeyValuePair<string, object?>("outcome", ProtoEnumNames.Of(outcome)));
}
