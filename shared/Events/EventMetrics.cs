using System.Diagnostics.Metrics;

namespace Suite.Events;

/// <summary>
/// The event plumbing's meters, on the dashboard beside ASP.NET's: events published from each service's outbox and
/// stream entries applied by each consumer group (the gap between the two is the lag operators watch).
/// </summary>
public static class EventMetrics
{
    private static readonly Meter Meter = new("Suite.Events");

    public static readonly Counter<long> Published = Meter.CreateCounter<long>("suite.outbox.published", "{event}", "Events published from the outbox to the service's stream");

    public static readonly Counter<long> Handled = Meter.CreateCounter<long>("suite.stream.handled", "{entry}", "Stream entries applied and acknowledged by a consumer group");
}
