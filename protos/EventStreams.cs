namespace Suite.Contracts;

/// <summary>
/// Redis streams carrying the suite's integration events. Each entry has the fields named here;
/// <see cref="Data"/> holds the protobuf payload whose full type name is in <see cref="Type"/>.
/// The entry id is <c>0-{event id}</c>, so a re-sent event is refused by Redis instead of duplicated.
/// </summary>
public static class EventStreams
{
    public const string Registry = "registry.events";
    public const string LegalAid = "legalaid.events";
    public const string Employment = "employment.events";
    public const string FamilyEducation = "familyeducation.events";
    public const string Assistance = "assistance.events";
    public const string Community = "community.events";

    /// <summary>The department services, each publishing on "{service}.events".</summary>
    public static readonly string[] Services = [ResourceNames.Registry, ResourceNames.Assistance, ResourceNames.LegalAid, ResourceNames.Employment, ResourceNames.FamilyEducation, ResourceNames.Community];

    /// <summary>The stream a service publishes on.</summary>
    public static string Of(string service) => service + ".events";

    public const string EventId = "event_id";
    public const string Type = "type";
    public const string OccurredAt = "occurred_at";
    public const string Data = "data";
}
