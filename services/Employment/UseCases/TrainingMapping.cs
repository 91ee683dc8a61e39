using System.Globalization;
using Suite.Contracts.Common;
using Suite.Employment.Model;
using Date = Suite.Contracts.Common.V1.Date;
using Proto = Suite.Contracts.Employment.V1;

namespace Suite.Employment.UseCases;

public static class TrainingMapping
{
    public static Proto.Course ToProto(this Course c) => new()
    {
        Id = c.Id, Name = c.Name, Trade = c.Trade, Mode = c.Mode, Provider = c.Provider, AreaCode = c.AreaCode, Online = c.Online,
        StartDate = Date.From(c.StartDate), EndDate = Date.From(c.EndDate), Hours = c.Hours, Capacity = c.Capacity, SubsidyYuan = c.SubsidyYuan, Enrolled = c.Enrolled,
    };

    public static Proto.Enrolment ToProto(this Enrolment e) => new()
    {
        Id = e.Id, Etag = e.Version.ToString(CultureInfo.InvariantCulture), CourseId = e.CourseId, WomanId = e.WomanId, VillageCode = e.VillageCode,
        Status = e.Status, SessionsAttended = e.SessionsAttended, EnrolledAt = e.EnrolledAt.ToUtcTimestamp(),
    };

    public static Proto.Certificate ToProto(this CertificateRecord c) => new()
    {
        Id = c.Id, WomanId = c.WomanId, CourseId = c.CourseId ?? 0, Trade = c.Trade, Kind = c.Kind, Level = c.Level, IssuedOn = Date.From(c.IssuedOn), Issuer = c.Issuer,
    };
}
