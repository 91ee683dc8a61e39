using Suite.Contracts.Common;
using Suite.LegalAid.Model;
using Suite.Security;
using Proto = Suite.Contracts.LegalAid.V1;

namespace Suite.LegalAid.UseCases;

/// <summary>
/// A matter on the wire. Without access to a sensitive matter's details the caller learns only that it exists: its id,
/// area, status and dates, not its kind, channel, woman, narrative, contact, handler, colour or history.
/// </summary>
public static class MatterMapping
{
    public const string NarrativeField = "matter.narrative";
    public const string ContactField = "matter.contact";

    public static Proto.Matter ToProto(this Matter m, FieldProtector protector, bool withDetails)
    {
        var proto = new Proto.Matter
        {
            Id = m.Id,
            Etag = m.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            AreaCode = m.AreaCode,
            Status = m.Status,
            DueDate = m.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Sensitive = m.Sensitive,
            WomanExited = m.WomanExited,
            CreatedAt = m.CreatedAt.ToUtcTimestamp(),
            DetailsWithheld = !withDetails,
        };
        if (!withDetails)
        {
            return proto;
        }
        proto.Channel = m.Channel;
        proto.Kind = m.Kind;
        proto.WomanId = m.WomanId ?? 0;
        proto.Narrative = protector.Unprotect(m.NarrativeSealed, NarrativeField);
        proto.Contact = protector.Unprotect(m.ContactSealed, ContactField);
        proto.Handler = m.Handler;
        proto.HandlerName = m.HandlerName;
        proto.RiskColour = m.RiskColour;
        proto.RiskReason = m.RiskReason;
        proto.FollowUpDue = m.FollowUpDue?.ToUtcTimestamp();
        proto.History.AddRange(m.History.Select(h => new Proto.MatterEvent
        {
            Change = h.Change, From = h.From, To = h.To, Reason = h.Reason, By = h.By, ByName = h.ByName, At = h.At.ToUtcTimestamp(),
        }));
        return proto;
    }
}
