using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.Community.Infrastructure;
using Suite.Community.Model;
using Suite.Contracts.Community.V1;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.Security;
using Date = Suite.Contracts.Common.V1.Date;
using Proto = Suite.Contracts.Community.V1;

namespace Suite.Community.UseCases;

/// <summary>
/// Purchased-service projects (政府购买服务): what they promise, the records attached to them, and their acceptance
/// (验收), which never takes a claim above what the records show.
/// </summary>
public sealed class ProjectDesk(CommunityDbContext db, OrganisationDesk organisations, ProjectDelivery delivery, CurrentCaller caller, TimeProvider clock)
{
    public const string ProjectType = "suite.community.v1.Project";
    public const string CounsellingSessionType = "suite.community.v1.CounsellingSession";
    public const string ActivityType = "suite.community.v1.Activity";

    public async Task<Proto.Project> CreateAsync(Proto.CreateProjectRequest request, CancellationToken ct)
    {
        OrganisationValidator.Validate(request);
        caller.Scope.RequireWrite(request.Project.AreaCode, "project.area_code");
        var (project, _) = await db.CreateOnceAsync<ProjectRecord>(p => p.RequestId == request.RequestId, async () =>
        {
            var p = request.Project;
            var organisation = await organisations.FindAsync(p.OrganisationId, "project.organisation_id", ct);
            var project = new ProjectRecord
            {
                RequestId = request.RequestId, OrganisationId = organisation.Id, BuyingDepartment = p.BuyingDepartment, Title = p.Title.Trim(), BudgetYuan = p.BudgetYuan,
                FromDate = p.FromDate.ToDateOnly(), ToDate = p.ToDate.ToDateOnly(), AreaCode = p.AreaCode, Version = 1,
            };
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Projects.Add(project);
            await db.SaveChangesAsync(ct);
            db.ProjectServices.AddRange(p.Services.Select(s => new ProjectServiceRecord { ProjectId = project.Id, Kind = s.Kind, Promised = s.Quantity }));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return project;
        }, new(caller.Scope, ProjectType, x => x.AreaCode, x => x.Id), ct);
        return await PresentAsync(project, ct);
    }

    public async Task<Proto.Project> GetAsync(long id, CancellationToken ct) => await PresentAsync(await FindAsync(id, "id", ct), ct);

    public async Task<Proto.ListProjectsResponse> ListAsync(Proto.ListProjectsRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        if (request.BuyingDepartment.Length > 0 && !OrganisationValidator.IsDepartmentCode(request.BuyingDepartment))
        {
            throw ValidationFailedException.For("buying_department", "must be a department code such as womens-federation");
        }
        var department = request.BuyingDepartment;
        var projects = await db.Projects.AsNoTracking().Where(p => p.AreaCode.StartsWith(area) && (department == "" || p.BuyingDepartment == department))
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"projects:{area}:{department}"), p => p.AreaCode, p => p.Id, descending: false, ct);
        var ids = projects.Items.Select(p => p.Id).ToList();
        var services = (await db.ProjectServices.AsNoTracking().Where(s => ids.Contains(s.ProjectId)).ToListAsync(ct)).ToLookup(s => s.ProjectId);
        return new Proto.ListProjectsResponse { Projects = { projects.Items.Select(p => p.ToProto(services[p.Id])) }, NextPageToken = projects.NextPageToken };
    }

    public async Task<Proto.Project> AttachRecordAsync(Proto.AttachRecordRequest request, CancellationToken ct)
    {
        OrganisationValidator.Validate(request);
        var project = await FindAsync(request.ProjectId, "project_id", ct);
        RequireRunning(project);
        var (type, areaOf, dateOf, projectOf, attach) = request.RecordKind == ProjectRecordKind.CounsellingSession
            ? await Record<CounsellingSessionRecord>(CounsellingSessionType, s => s.AreaCode, s => s.Date, s => s.ProjectId, (s, id) => s.ProjectId = id)
            : await Record<CommunityActivityRecord>(ActivityType, a => a.AreaCode, a => a.Date, a => a.ProjectId, (a, id) => a.ProjectId = id);
        var recordId = request.RecordId;
        var session = type == CounsellingSessionType;
        if (projectOf is { } other && other != project.Id)
        {
            throw new PreconditionFailedException(session ? "Counselling session {0} is attached to project {1} already." : "Activity {0} is attached to project {1} already.",
                recordId, other);
        }
        if (!areaOf.StartsWith(project.AreaCode, StringComparison.Ordinal))
        {
            throw new PreconditionFailedException(session ? "Counselling session {0} lies outside the area {1} of project {2}." : "Activity {0} lies outside the area {1} of project {2}.",
                recordId, project.AreaCode, project.Id);
        }
        if (dateOf < project.FromDate || dateOf > project.ToDate)
        {
            throw new PreconditionFailedException(session
                ? "Counselling session {0} was held on {1:yyyy-MM-dd}, outside the period of project {2} ({3:yyyy-MM-dd} to {4:yyyy-MM-dd})."
                : "Activity {0} was held on {1:yyyy-MM-dd}, outside the period of project {2} ({3:yyyy-MM-dd} to {4:yyyy-MM-dd}).",
                recordId, dateOf, project.Id, project.FromDate, project.ToDate);
        }
        if (projectOf is null)
        {
            attach(project.Id);
            await db.SaveChangesAsync(ct);
        }
        return await PresentAsync(project, ct);

        // The record, tracked, if it lies in the caller's area (NOT_FOUND otherwise), with how to read and attach it.
        async Task<(string Type, string Area, DateOnly Date, long? ProjectId, Action<long> Attach)> Record<T>(string resourceType, Func<T, string> area,
            Func<T, DateOnly> date, Func<T, long?> projectId, Action<T, long> set) where T : class
        {
            var record = await db.FindInScopeAsync(request.RecordId, area, caller.Scope, resourceType, ct, "record_id");
            return (resourceType, area(record), date(record), projectId(record), id => set(record, id));
        }
    }

    public Task<Proto.Project> ReportDeliveryAsync(Proto.ReportDeliveryRequest request, CancellationToken ct) =>
        ClaimAsync(request.ProjectId, request.Etag, request.Delivered, accept: false, ct);

    public Task<Proto.Project> AcceptAsync(Proto.AcceptProjectRequest request, CancellationToken ct) =>
        ClaimAsync(request.ProjectId, request.Etag, request.Delivered, accept: true, ct);

    /// <summary>
    /// The organisation's claims, each of a kind the project promised and none above what the records show; at
    /// acceptance every promised kind is claimed and the project closes. A refused claim changes nothing.
    /// </summary>
    private async Task<Proto.Project> ClaimAsync(long projectId, string etag, IReadOnlyList<Proto.ServiceQuantity> claims, bool accept, CancellationToken ct)
    {
        OrganisationValidator.Validate(projectId, etag, claims);
        var project = (await db.FindInScopeAsync<ProjectRecord>(projectId, p => p.AreaCode, caller.Scope, ProjectType, ct, "project_id")).RequireEtag(etag, ProjectType, projectId);
        RequireRunning(project);
        var services = await db.ProjectServices.Where(s => s.ProjectId == project.Id).ToListAsync(ct);
        var delivered = await delivery.DeliveredAsync(project.Id, ct);
        var errors = new FieldViolations();
        for (var i = 0; i < claims.Count; i++)
        {
            if (errors.Require(services.Any(s => s.Kind == claims[i].Kind), $"delivered[{i}].kind", "is not a service the project promised"))
            {
                errors.Require(claims[i].Quantity <= delivered[claims[i].Kind], $"delivered[{i}].quantity", "must not exceed what the records show");
            }
        }
        if (accept)
        {
            errors.Require(services.All(s => claims.Any(c => c.Kind == s.Kind)), "delivered", "must claim every service the project promised");
        }
        errors.ThrowIfAny();
        foreach (var claim in claims)
        {
            services.Single(s => s.Kind == claim.Kind).Claimed = claim.Quantity;
        }
        project.ReportedDate = clock.Today();
        project.Reports++;
        if (accept)
        {
            project.Status = ProjectStatus.Accepted;
            project.AcceptedDate = clock.Today();
        }
        await db.SaveChangesAsync(ct);
        return await PresentAsync(project, ct);
    }

    /// <summary>A project the caller may see (of her area or one above it), else NOT_FOUND.</summary>
    private Task<ProjectRecord> FindAsync(long id, string field, CancellationToken ct) =>
        db.FindInScopeOrAboveAsync<ProjectRecord>(id, p => p.AreaCode, caller.Scope, ProjectType, ct, field);

    private static void RequireRunning(ProjectRecord project)
    {
        if (project.Status != ProjectStatus.Running)
        {
            throw new PreconditionFailedException("Project {0} was accepted on {1:yyyy-MM-dd} and is closed.", project.Id, project.AcceptedDate ?? default);
        }
    }

    private async Task<Proto.Project> PresentAsync(ProjectRecord project, CancellationToken ct)
    {
        var services = await db.ProjectServices.AsNoTracking().Where(s => s.ProjectId == project.Id).ToListAsync(ct);
        var delivered = await delivery.DeliveredAsync(project.Id, ct);
        var proto = project.ToProto(services);
        foreach (var s in services.OrderBy(s => s.Kind))
        {
            var line = new Proto.ServiceDelivery { Kind = s.Kind, Promised = s.Promised, Delivered = delivered[s.Kind] };
            if (s.Claimed is { } claimed)
            {
                line.Claimed = claimed;
            }
            proto.Deliveries.Add(line);
        }
        proto.WomenServed = await delivery.CountWomenServedAsync(project.Id, ct);
        return proto;
    }
}

public static class ProjectMapping
{
    public static Proto.Project ToProto(this ProjectRecord p, IEnumerable<ProjectServiceRecord> services) => new()
    {
        Id = p.Id, OrganisationId = p.OrganisationId, BuyingDepartment = p.BuyingDepartment, Title = p.Title, BudgetYuan = p.BudgetYuan,
        FromDate = Date.From(p.FromDate), ToDate = Date.From(p.ToDate), AreaCode = p.AreaCode, Status = p.Status,
        Services = { services.OrderBy(s => s.Kind).Select(s => new Proto.ServiceQuantity { Kind = s.Kind, Quantity = s.Promised }) },
        AcceptedDate = p.AcceptedDate is { } accepted ? Date.From(accepted) : null, Etag = p.Version.ToString(CultureInfo.InvariantCulture),
    };
}
