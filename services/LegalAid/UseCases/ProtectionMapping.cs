using System.Globalization;
using Suite.LegalAid.Model;
using Date = Suite.Contracts.Common.V1.Date;
using Proto = Suite.Contracts.LegalAid.V1;

namespace Suite.LegalAid.UseCases;

public static class ProtectionMapping
{
    public static Proto.ProtectionOrder ToProto(this ProtectionOrderRecord o) => new()
    {
        Id = o.Id,
        Etag = o.Version.ToString(CultureInfo.InvariantCulture),
        MatterId = o.MatterId,
        WomanId = o.WomanId ?? 0,
        AreaCode = o.AreaCode,
        Status = o.Status,
        Court = o.Court,
        AppliedOn = Date.From(o.AppliedOn),
        IssuedOn = Date.From(o.IssuedOn),
        ExpiresOn = Date.From(o.ExpiresOn),
        Measures = { o.Measures },
        Violations = { o.Violations.Select(v => new Proto.OrderViolation { Date = Date.From(v.Date), Description = v.Description }) },
    };

    public static Proto.PoliceReferral ToProto(this PoliceReferralRecord r) => new()
    {
        Id = r.Id,
        Etag = r.Version.ToString(CultureInfo.InvariantCulture),
        MatterId = r.MatterId,
        AreaCode = r.AreaCode,
        Crime = r.Crime,
        Station = r.Station,
        ReferredOn = Date.From(r.ReferredOn),
        Feedback = r.Feedback,
        FeedbackOn = Date.From(r.FeedbackOn),
    };
}
