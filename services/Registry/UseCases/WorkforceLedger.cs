using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Common;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.Registry.Infrastructure;
using Suite.Registry.Model;
using Suite.Registry.Rules;
using Suite.Security;
using Proto = Suite.Contracts.Registry.V1;

namespace Suite.Registry.UseCases;

/// <summary>The workforce ledger (attachment 1): staff designated per township and village.</summary>
public sealed class WorkforceLedger(RegistryDbContext db, VillageDirectory areas, TimeProvider clock, CurrentCaller caller)
{
    public const string ResourceType = "suite.registry.v1.StaffMember";

    public async Task<Proto.StaffMember> CreateAsync(Proto.CreateStaffMemberRequest request, CancellationToken ct)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        Validate(request.StaffMember, errors, update: false);
        errors.ThrowIfAny();
        caller.Scope.RequireWrite(request.StaffMember.AreaCode, "staff_member.area_code");

        var (staff, _) = await db.CreateOnceAsync<StaffMember>(s => s.CreateRequestId == request.RequestId, async () =>
        {
            var staff = new StaffMember { CreateRequestId = request.RequestId, Version = 1 };
            Apply(staff, request.StaffMember);
            db.StaffMembers.Add(staff);
            await db.SaveChangesAsync(ct);
            return staff;
        }, new(caller.Scope, ResourceType, x => x.AreaCode, x => x.Id), ct);
        return ToProto(staff);
    }

    public async Task<Proto.StaffMember> GetAsync(long id, CancellationToken ct)
    {
        if (id <= 0)
        {
            throw ValidationFailedException.For("id", "is required");
        }
        return ToProto(await FindAsync(id, ct));
    }

    public async Task<Proto.ListStaffMembersResponse> ListAsync(Proto.ListStaffMembersRequest request, CancellationToken ct)
    {
        if (!AreaCode.IsValidPrefix(request.AreaCode))
        {
            throw ValidationFailedException.For("area_code", "must be empty or 2, 4, 6, 9 or 12 digits");
        }
        var area = caller.AreaFor(request.AreaCode);
        var size = PageToken.Size(request.PageSize, 100, 500);
        var key = "staff:" + area;
        var after = PageToken.Decode(request.PageToken, key, 2);
        var query = db.StaffMembers.AsNoTracking();
        if (area.Length > 0)
        {
            query = query.Where(s => s.AreaCode.StartsWith(area));
        }
        if (after is not null)
        {
            var code = after[0];
            var id = long.Parse(after[1], CultureInfo.InvariantCulture);
            query = query.Where(s => string.Compare(s.AreaCode, code) > 0 || (s.AreaCode == code && s.Id > id));
        }
        var page = await query.OrderBy(s => s.AreaCode).ThenBy(s => s.Id).Take(size + 1).ToListAsync(ct);
        var response = new Proto.ListStaffMembersResponse { StaffMembers = { page.Take(size).Select(ToProto) } };
        if (page.Count > size)
        {
            response.NextPageToken = PageToken.Encode(key, page[size - 1].AreaCode, page[size - 1].Id.ToString(CultureInfo.InvariantCulture));
        }
        return response;
    }

    public async Task<Proto.StaffMember> UpdateAsync(Proto.UpdateStaffMemberRequest request, CancellationToken ct)
    {
        var errors = new FieldViolations();
        Validate(request.StaffMember, errors, update: true);
        if (request.StaffMember is not null)
        {
            errors.Require(request.StaffMember.Id > 0, "staff_member.id", "is required");
            errors.Require(request.StaffMember.Etag.Length > 0, "staff_member.etag", "is required");
        }
        errors.ThrowIfAny();
        caller.Scope.RequireWrite(request.StaffMember!.AreaCode, "staff_member.area_code");
        var staff = (await FindAsync(request.StaffMember.Id, ct)).RequireEtag(request.StaffMember.Etag, ResourceType, request.StaffMember.Id);
        Apply(staff, request.StaffMember);
        await db.SaveChangesAsync(ct);
        return ToProto(staff);
    }

    // An update may send back the masked phone it read: the number then stays as it is (Apply checks the mask).
    private void Validate(Proto.StaffMember? s, FieldViolations errors, bool update)
    {
        if (!errors.Require(s is not null, "staff_member", "is required"))
        {
            return;
        }
        errors.Text("staff_member.name", s!.Name, 50, required: true);
        var area = AreaCode.IsDigits(s.AreaCode) ? areas.Find(s.AreaCode) : null;
        errors.Require(area is { Level: Proto.AreaLevel.Township or Proto.AreaLevel.Village }, "staff_member.area_code", "must be the code of an existing township or village");
        errors.Text("staff_member.position", s.Position, 50, required: false);
        errors.Defined("staff_member.employment", s.Employment, required: true);
        if (!(update && s.Phone.Contains('*', StringComparison.Ordinal)))
        {
            errors.Phone("staff_member.phone", s.Phone, required: true);
        }
        errors.Require(s.Duties.Count > 0, "staff_member.duties", "at least one duty is required");
        for (var i = 0; i < s.Duties.Count; i++)
        {
            errors.Defined($"staff_member.duties[{i}]", s.Duties[i], required: true);
        }
    }

    private void Apply(StaffMember staff, Proto.StaffMember s)
    {
        staff.Name = s.Name;
        staff.AreaCode = s.AreaCode;
        staff.Position = s.Position;
        staff.Employment = s.Employment;
        if (!s.Phone.Contains('*', StringComparison.Ordinal))
        {
            staff.Phone = s.Phone;
        }
        else if (PersonalDataMask.Phone(staff.Phone) != s.Phone)
        {
            throw ValidationFailedException.For("staff_member.phone", "is masked but not as read: send the full number, or the masked one unchanged");
        }
        staff.Duties = s.Duties.Aggregate(0, (mask, duty) => mask | (1 << (int)duty));
        staff.Active = s.Active;
        staff.UpdatedAt = clock.GetUtcNow().UtcDateTime;
    }

    private Task<StaffMember> FindAsync(long id, CancellationToken ct) => db.FindInScopeAsync<StaffMember>(id, s => s.AreaCode, caller.Scope, ResourceType, ct);

    // Staff phones are protected as women's are: shown in full only to holders of pii.reveal (the read is audited).
    private Proto.StaffMember ToProto(StaffMember s) => new()
    {
        Id = s.Id,
        Etag = s.Version.ToString(CultureInfo.InvariantCulture),
        Name = s.Name,
        AreaCode = s.AreaCode,
        Position = s.Position,
        Employment = s.Employment,
        Phone = caller.Has(SuitePermissions.PiiReveal) ? s.Phone : PersonalDataMask.Phone(s.Phone),
        Duties = { System.Enum.GetValues<Proto.Duty>().Where(d => d != Proto.Duty.Unspecified && (s.Duties & (1 << (int)d)) != 0) },
        Active = s.Active,
        UpdateTime = s.UpdatedAt.ToUtcTimestamp(),
    };
}
