using System.Globalization;
using Suite.Contracts.Common;
using Suite.Employment.Model;
using Date = Suite.Contracts.Common.V1.Date;
using Proto = Suite.Contracts.Employment.V1;

namespace Suite.Employment.UseCases;

public static class JobMapping
{
    public static Proto.Post ToProto(this PostRecord p) => new()
    {
        Id = p.Id, Etag = p.Version.ToString(CultureInfo.InvariantCulture), EmployerId = p.EmployerId, Title = p.Title, Trade = p.Trade, AreaCode = p.AreaCode,
        MonthlyPayYuan = p.MonthlyPayYuan, Pattern = p.Pattern, Openings = p.Openings, OpeningsLeft = p.OpeningsLeft, MotherPost = p.MotherPost,
        DemonstrationSite = p.DemonstrationSite, CreatedAt = p.CreatedAt.ToUtcTimestamp(),
    };

    public static Proto.Placement ToProto(this PlacementRecord p) => new()
    {
        Id = p.Id, Etag = p.Version.ToString(CultureInfo.InvariantCulture), PostId = p.PostId, WomanId = p.WomanId, VillageCode = p.VillageCode,
        StartDate = Date.From(p.StartDate), MonthlyPayYuan = p.MonthlyPayYuan, EndDate = Date.From(p.EndDate), EndReason = p.EndReason,
    };

    public static Proto.JobSeeker ToProto(this JobSeekerRecord j, IEnumerable<Proto.Trade> certified) => new()
    {
        WomanId = j.WomanId, VillageCode = j.VillageCode, Status = j.Status, Wish = j.Wish, Skills = { j.Skills }, CertifiedTrades = { certified },
        MaxDistance = j.MaxDistance, RegisteredAt = j.RegisteredAt.ToUtcTimestamp(),
    };

    public static Proto.Employer ToProto(this EmployerRecord e) => new() { Id = e.Id, Name = e.Name, Kind = e.Kind, AreaCode = e.AreaCode };
}
