using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Common;
using Suite.Domain;
using Suite.Employment.Infrastructure;
using Suite.Employment.Model;
using Suite.Persistence;
using Suite.RegistryClient;
using Suite.Security;
using Date = Suite.Contracts.Common.V1.Date;
using Proto = Suite.Contracts.Employment.V1;

namespace Suite.Employment.UseCases;

/// <summary>Start-up support (guaranteed loans with interest subsidy, one-time subsidies) and yearly targets.</summary>
public sealed class SupportDesk(EmploymentDbContext db, RegistryWomen registry, CurrentCaller caller, TimeProvider clock)
{
    public async Task<Proto.StartupSupport> RecordAsync(Proto.RecordStartupSupportRequest request, CancellationToken ct)
    {
        SupportValidator.Validate(request, clock.Today());
        var (support, created) = await db.CreateOnceAsync<StartupSupportRecord>(s => s.RequestId == request.RequestId, async () =>
        {
            var s = request.Support;
            var woman = await registry.GetAsync(s.WomanId, ct);
            var record = new StartupSupportRecord
            {
                RequestId = request.RequestId, WomanId = woman.Id, VillageCode = woman.VillageCode, Kind = s.Kind, AmountYuan = s.AmountYuan, Date = s.Date.ToDateOnly(),
                Bank = s.Bank, TermMonths = s.TermMonths, SubsidisedRatePercent = s.SubsidisedRatePercent, LoanStatus = s.LoanStatus, IncubationBase = s.IncubationBase,
            };
            db.StartupSupport.Add(record);
            await db.SaveChangesAsync(ct);
            return record;
        }, new(caller.Scope, "suite.employment.v1.StartupSupport", x => x.VillageCode, x => x.Id), ct);
        return ToProto(support);
    }

    public async Task<Proto.ListStartupSupportResponse> ListAsync(Proto.ListStartupSupportRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var rows = await db.StartupSupport.AsNoTracking().Where(s => s.VillageCode.StartsWith(area))
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"startup:{area}"), s => s.Id, newestFirst: true, ct);
        return new Proto.ListStartupSupportResponse { Support = { rows.Items.Select(ToProto) }, NextPageToken = rows.NextPageToken };
    }

    public async Task<Proto.Target> SetTargetAsync(Proto.SetTargetRequest request, CancellationToken ct)
    {
        SupportValidator.Validate(request);
        var t = request.Target;
        caller.Scope.RequireWrite(t.AreaCode, "target.area_code");
        var target = await db.Targets.FirstOrDefaultAsync(x => x.AreaCode == t.AreaCode && x.Year == t.Year, ct);
        if (target is null)
        {
            target = new TargetRecord { AreaCode = t.AreaCode, Year = t.Year };
            db.Targets.Add(target);
        }
        target.TrainingPersonTimes = t.TrainingPersonTimes;
        target.NewPosts = t.NewPosts;
        target.WomenPlaced = t.WomenPlaced;
        target.MotherPostSites = t.MotherPostSites;
        await db.SaveChangesAsync(ct);
        return t;
    }

    private static Proto.StartupSupport ToProto(StartupSupportRecord s) => new()
    {
        Id = s.Id, WomanId = s.WomanId, VillageCode = s.VillageCode, Kind = s.Kind, AmountYuan = s.AmountYuan, Date = Date.From(s.Date), Bank = s.Bank,
        TermMonths = s.TermMonths, SubsidisedRatePercent = s.SubsidisedRatePercent, LoanStatus = s.LoanStatus, IncubationBase = s.IncubationBase,
    };
}
