using System.Globalization;
using Suite.Community.Model;
using Date = Suite.Contracts.Common.V1.Date;
using Proto = Suite.Contracts.Community.V1;

namespace Suite.Community.UseCases;

public static class CommendationMapping
{
    public static Proto.Round ToProto(this CommendationRoundRecord r) => new()
    {
        Id = r.Id, Title = r.Title, Kind = r.Kind, AreaCode = r.AreaCode, NominationDeadline = Date.From(r.NominationDeadline), NoticeDays = r.NoticeDays,
        CreatedOn = Date.From(r.CreatedOn),
    };

    public static Proto.Nomination ToProto(this NominationRecord n, int openObjections) => new()
    {
        Id = n.Id, RoundId = n.RoundId, WomanId = n.WomanId, VillageCode = n.VillageCode, Reason = n.Reason, Status = n.Status, NominatedBy = n.NominatedBy,
        NominatedOn = Date.From(n.NominatedOn), ReviewReason = n.ReviewReason, ReviewedOn = From(n.ReviewedOn), NoticeFrom = From(n.NoticeFrom),
        NoticeUntil = From(n.NoticeUntil), DecisionNote = n.DecisionNote, DecidedOn = From(n.DecidedOn), AwardedOn = From(n.AwardedOn),
        OpenObjections = openObjections, Etag = n.Version.ToString(CultureInfo.InvariantCulture),
    };

    public static Proto.Objection ToProto(this ObjectionRecord o) => new()
    {
        Id = o.Id, NominationId = o.NominationId, Text = o.Text, RaisedBy = o.RaisedBy, RecordedOn = Date.From(o.RecordedOn), Status = o.Status,
        Resolution = o.Resolution, ResolvedOn = From(o.ResolvedOn), Etag = o.Version.ToString(CultureInfo.InvariantCulture),
    };

    public static Date? From(DateOnly? date) => date is { } d ? Date.From(d) : null;
}
