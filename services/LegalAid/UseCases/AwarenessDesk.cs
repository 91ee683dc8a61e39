using Microsoft.EntityFrameworkCore;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.LegalAid.Infrastructure;
using Suite.LegalAid.Model;
using Suite.Persistence;
using Suite.Security;
using Date = Suite.Contracts.Common.V1.Date;
using Proto = Suite.Contracts.LegalAid.V1;

namespace Suite.LegalAid.UseCases;

/// <summary>Legal awareness events (Civil Code, Anti-Domestic Violence Law, …; e.g. around 8 March).</summary>
public sealed class AwarenessDesk(LegalAidDbContext db, CurrentCaller caller, TimeProvider clock)
{
    public const string ResourceType = "suite.legalaid.v1.AwarenessEvent";

    public async Task<Proto.AwarenessEvent> RecordAsync(Proto.RecordAwarenessEventRequest request, CancellationToken ct)
    {
        AwarenessValidator.Validate(request, clock.Today());
        caller.Scope.RequireWrite(request.Event.AreaCode, "event.area_code");
        var (record, _) = await db.CreateOnceAsync<AwarenessEventRecord>(e => e.RequestId == request.RequestId, async () =>
        {
            var e = request.Event;
            var record = new AwarenessEventRecord
            {
                RequestId = request.RequestId, AreaCode = e.AreaCode, Date = e.Date.ToDateOnly(), Place = e.Place,
                Organiser = e.Organiser, Laws = [.. e.Laws.Distinct()], Attendance = e.Attendance,
            };
            db.AwarenessEvents.Add(record);
            await db.SaveChangesAsync(ct);
            return record;
        }, new(caller.Scope, ResourceType, x => x.AreaCode, x => x.Id), ct);
        return ToProto(record);
    }

    public async Task<Proto.ListAwarenessEventsResponse> ListAsync(Proto.ListAwarenessEventsRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var (from, to) = RequestPeriod.Of(request.FromDate, request.ToDate);
        var events = await db.AwarenessEvents.AsNoTracking()
            .Where(e => e.AreaCode.StartsWith(area) && e.Date >= from && e.Date <= to)
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"awareness:{area}:{from}:{to}"), e => e.Date, e => e.Id, descending: true, ct);
        return new Proto.ListAwarenessEventsResponse { Events = { events.Items.Select(ToProto) }, NextPageToken = events.NextPageToken };
    }

    private static Proto.AwarenessEvent ToProto(AwarenessEventRecord e) => new()
    {
        Id = e.Id, AreaCode = e.AreaCode, Date = Date.From(e.Date), Place = e.Place, Organiser = e.Organiser, Laws = { e.Laws }, Attendance = e.Attendance,
    };
}
