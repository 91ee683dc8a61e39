using Google.Protobuf;
using Suite.Contracts.Registry.V1;
using Suite.Events;

namespace Suite.RegistryClient;

/// <summary>The Registry's events ("registry.events") as consumers read them: every event about one woman carries her summary.</summary>
public static class RegistryEvents
{
    /// <summary>The event's payload (null for types a consumer does not know, e.g. from a newer Registry).</summary>
    public static IMessage? Parse(StreamEvent e) => e.Type switch
    {
        var t when t == WomanRegistered.Descriptor.FullName => WomanRegistered.Parser.ParseFrom(e.Data),
        var t when t == WomanChanged.Descriptor.FullName => WomanChanged.Parser.ParseFrom(e.Data),
        var t when t == WomanPriorityFlagged.Descriptor.FullName => WomanPriorityFlagged.Parser.ParseFrom(e.Data),
        var t when t == WomanExited.Descriptor.FullName => WomanExited.Parser.ParseFrom(e.Data),
        _ => null,
    };

    /// <summary>The woman's summary the event carries, or null.</summary>
    public static WomanSummary? SummaryOf(IMessage? payload) => payload switch
    {
        WomanRegistered r => r.Summary,
        WomanChanged c => c.Summary,
        WomanPriorityFlagged p => p.Summary,
        WomanExited x => x.Summary,
        _ => null,
    };

    public static WomanSummary? SummaryOf(StreamEvent e) => SummaryOf(Parse(e));
}
