using System.Globalization;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.Supervision.Indicators;
using Suite.Supervision.Infrastructure;
using Suite.Supervision.Model;
using Suite.Supervision.Rules;
using Proto = Suite.Contracts.Supervision.V1;

namespace Suite.Supervision.UseCases;

/// <summary>
/// Quarterly snapshots: every indicator for every township of a county, read from the services at once. A service that
/// does not answer leaves its figures missing (never zero); taking the snapshot again fills only those, so that what was
/// counted does not move.
/// </summary>
public sealed class SnapshotDesk(SupervisionDbContext db, SupervisionCaller caller, TownshipDirectory townships,
    IEnumerable<IIndicatorSource> sources, TimeProvider clock, ILogger<SnapshotDesk> logger)
{
    public const string ResourceType = "suite.supervision.v1.Snapshot";

    public async Task<Proto.Snapshot> TakeAsync(Proto.TakeSnapshotRequest request, CancellationToken ct)
    {
        ValidateQuarter(request.Year, request.Quarter, clock.Today(), future: false);
        caller.RequireCounty(request.CountyCode);
        caller.Current.Scope.RequireWrite(request.CountyCode, "county_code");
        var snapshot = await db.Snapshots.FirstOrDefaultAsync(s => s.CountyCode == request.CountyCode && s.Year == request.Year && s.Quarter == request.Quarter, ct);
        if (snapshot is { MissingServices.Count: 0 })
        {
            return await ToProtoAsync(snapshot, ct); // complete: its figures do not change, taking it again answers with them
        }
        var scope = new SnapshotScope(request.CountyCode, [.. (await townships.OfCountyAsync(request.CountyCode, ct)).Select(t => t.Code)], request.Year, request.Quarter);
        var toRead = sources.Where(s => snapshot is null || snapshot.MissingServices.Contains(s.Service)).ToList();
        var results = await Task.WhenAll(toRead.Select(source => ReadAsync(source, scope, ct)));

        snapshot ??= db.Snapshots.Add(new SnapshotRecord { CountyCode = request.CountyCode, Year = request.Year, Quarter = request.Quarter }).Entity;
        snapshot.TakenAt = clock.GetUtcNow().UtcDateTime;
        snapshot.TakenBy = caller.Current.Caller.Display;
        snapshot.MissingServices = [.. results.Where(r => r.Figures is null).Select(r => r.Source.Service).Order()];
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (snapshot.Id > 0)
        {
            var retaken = toRead.SelectMany(s => s.Indicators).ToList();
            await db.Figures.Where(f => f.SnapshotId == snapshot.Id && retaken.Contains(f.Indicator)).ExecuteDeleteAsync(ct);
        }
        await db.SaveChangesAsync(ct);
        foreach (var (source, figures) in results)
        {
            var rows = figures ?? [.. source.Indicators.SelectMany(i => scope.Areas.Select(a => Figures.Missing(i, a)))];
            foreach (var figure in rows)
            {
                figure.SnapshotId = snapshot.Id;
            }
            db.Figures.AddRange(rows);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return await ToProtoAsync(snapshot, ct);
    }

    public async Task<Proto.Snapshot> GetAsync(Proto.GetSnapshotRequest request, CancellationToken ct)
    {
        var snapshot = await FindAsync(request.CountyCode, request.Year, request.Quarter, ct);
        return await ToProtoAsync(snapshot, ct);
    }

    /// <summary>The snapshot of a county's quarter, NOT_FOUND until taken.</summary>
    public async Task<SnapshotRecord> FindAsync(string countyCode, int year, int quarter, CancellationToken ct)
    {
        ValidateQuarter(year, quarter, clock.Today(), future: true);
        caller.RequireCounty(countyCode);
        return await db.Snapshots.AsNoTracking().FirstOrDefaultAsync(s => s.CountyCode == countyCode && s.Year == year && s.Quarter == quarter, ct)
            ?? throw new ResourceNotFoundException(ResourceType, $"{countyCode} {year} Q{quarter}");
    }

    public static void ValidateQuarter(int year, int quarter, DateOnly today, bool future)
    {
        var errors = new FieldViolations();
        errors.Require(year is >= 2000 and <= 2100, "year", "must be 2000 to 2100");
        errors.Require(quarter is >= 1 and <= 4, "quarter", "must be 1 to 4");
        errors.ThrowIfAny();
        errors.Require(future || Quarters.Start(year, quarter) <= today, "quarter", "must not be in the future");
        errors.ThrowIfAny();
    }

    private async Task<(IIndicatorSource Source, IReadOnlyList<FigureRecord>? Figures)> ReadAsync(IIndicatorSource source, SnapshotScope scope, CancellationToken ct)
    {
        try
        {
            return (source, await source.ReadAsync(scope, ct));
        }
        catch (RpcException e) when (!ct.IsCancellationRequested)
        {
            // Down, too slow, or refusing the service's identity: the figures are missing, and the snapshot can be taken again.
            logger.LogWarning("The {Service} service did not answer for the {Year} Q{Quarter} snapshot of county {County} ({Status}): its indicators are missing.",
                source.Service, scope.Year, scope.Quarter, scope.County, e.StatusCode);
            return (source, null);
        }
    }

    private async Task<Proto.Snapshot> ToProtoAsync(SnapshotRecord snapshot, CancellationToken ct)
    {
        var figures = await db.Figures.AsNoTracking().Where(f => f.SnapshotId == snapshot.Id).ToListAsync(ct);
        return new Proto.Snapshot
        {
            Id = snapshot.Id, CountyCode = snapshot.CountyCode, Year = snapshot.Year, Quarter = snapshot.Quarter,
            TakenTime = Suite.Contracts.Common.StoredTimes.ToUtcTimestamp(snapshot.TakenAt), TakenBy = snapshot.TakenBy,
            Partial = snapshot.MissingServices.Count > 0, MissingServices = { snapshot.MissingServices },
            Figures = { figures.OrderBy(f => f.Indicator, StringComparer.Ordinal).ThenBy(f => f.AreaCode.Length).ThenBy(f => f.AreaCode, StringComparer.Ordinal).Select(IndicatorMapping.ToProto) },
        };
    }
}
