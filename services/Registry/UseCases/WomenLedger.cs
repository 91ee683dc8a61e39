using Microsoft.EntityFrameworkCore;
using Suite.Domain;
using Suite.Events;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.Registry.Infrastructure;
using Suite.Registry.IntegrationEvents;
using Suite.Registry.Model;
using Suite.Security;
using Proto = Suite.Contracts.Registry.V1;

namespace Suite.Registry.UseCases;

/// <summary>
/// Writes to the ledger: registration and every later change. Each write stores field-level change records
/// and its integration events in the same transaction, then drops the cached copy.
/// </summary>
public sealed class WomenLedger(RegistryDbContext db, WomanFormValidator validator, WomanCache cache, OutboxSignal signal, TimeProvider clock, CurrentCaller caller, FieldProtector protector, WomanDisclosure disclosure, DuplicateProbes probes)
{
    public const string ResourceType = "suite.registry.v1.Woman";

    public DateOnly Today => clock.Today();

    public async Task<Proto.Woman> CreateAsync(Proto.CreateWomanRequest request, CancellationToken ct)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        var form = validator.Validate(request.Woman, Today, errors);
        errors.ThrowIfAny();

        caller.Scope.RequireWrite(form!.Village.Code, "woman.village_code");

        var (woman, created) = await db.CreateOnceAsync<Woman>(w => w.CreateRequestId == request.RequestId, async () =>
        {
            await ThrowIfRegisteredAsync(form.ResidentIdNumber, exceptId: null, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var woman = new Woman { CreateRequestId = request.RequestId, CreatedAt = now, UpdatedAt = now, Version = 1 };
            woman.ApplyForm(form);
            db.Women.Add(woman);
            await db.SaveWithEventsAsync(() => WomanEvents.Registered(woman), signal, clock, ct);
            return woman;
        }, new(caller.Scope, ResourceType, x => x.VillageCode, x => x.Id), ct, onLostRace: () => ThrowIfRegisteredAsync(form.ResidentIdNumber, exceptId: null, ct));
        return Present(woman);
    }

    public async Task<Proto.Woman> UpdateAsync(Proto.UpdateWomanRequest request, CancellationToken ct)
    {
        var errors = new FieldViolations();
        if (errors.Require(request.Woman is not null, "woman", "is required"))
        {
            errors.Require(request.Woman!.Id > 0, "woman.id", "is required");
            errors.Require(request.Woman.Etag.Length > 0, "woman.etag", "is required");
        }
        errors.ThrowIfAny();

        var woman = await LoadForChangeAsync(request.Woman!.Id, request.Woman.Etag, ct);
        var paths = request.UpdateMask?.Paths ?? [];
        foreach (var path in paths.Where(p => !UpdatableFields.Contains(p.Split('.')[0])))
        {
            errors.Add("update_mask", $"'{path}' is not an updatable field");
        }
        var effective = ValidateChange(errors, request.Reason, request.EffectiveDate, request.RecordedBy);
        var merged = request.Woman.Clone();
        if (paths.Count > 0 && errors.IsEmpty)
        {
            merged = woman.ToProto();
            request.UpdateMask!.Merge(request.Woman, merged, new Google.Protobuf.WellKnownTypes.FieldMask.MergeOptions { ReplaceRepeatedFields = true, ReplaceMessageFields = true });
        }
        // Clients read masked numbers; sending a masked number back means "unchanged".
        if (merged.ResidentIdNumber == PersonalDataMask.ResidentId(woman.ResidentIdNumber))
        {
            merged.ResidentIdNumber = woman.ResidentIdNumber;
        }
        if (merged.Phone.Length > 0 && merged.Phone == PersonalDataMask.Phone(woman.Phone))
        {
            merged.Phone = woman.Phone;
        }
        var form = validator.Validate(merged, Today, errors);
        errors.ThrowIfAny();
        caller.Scope.RequireWrite(form!.Village.Code, "woman.village_code");
        if (form.ResidentIdNumber != woman.ResidentIdNumber)
        {
            await ThrowIfRegisteredAsync(form.ResidentIdNumber, woman.Id, ct);
        }
        return await ChangeAsync(woman, new ChangeRequest(request.Reason, effective, request.RecordedBy, w => w.ApplyForm(form)), ct);
    }

    public async Task<Proto.Woman> ExitAsync(Proto.ExitWomanRequest request, CancellationToken ct)
    {
        var errors = new FieldViolations();
        RequireIdAndEtag(errors, request.Id, request.Etag);
        errors.Text("recorded_by", request.RecordedBy, 50, required: false);
        if (errors.Require(request.Exit is not null, "exit", "is required"))
        {
            errors.Defined("exit.reason", request.Exit!.Reason, required: true);
            errors.PastDate("exit.effective_date", request.Exit.EffectiveDate, Today, required: true);
            errors.Text("exit.note", request.Exit.Note, 200, required: request.Exit.Reason == Proto.ExitReason.Other);
        }
        errors.ThrowIfAny();

        var woman = await LoadForChangeAsync(request.Id, request.Etag, ct);
        if (woman.Status != Proto.LedgerStatus.Active)
        {
            throw new PreconditionFailedException("Woman {0} has already exited the ledger; reactivate her first.", woman.Id);
        }
        var exit = request.Exit!;
        var date = exit.EffectiveDate.ToDateOnly();
        return await ChangeAsync(woman, new ChangeRequest("exit: " + Contracts.Common.ProtoEnumNames.Of(exit.Reason), date, request.RecordedBy, w =>
        {
            w.Status = Proto.LedgerStatus.Exited;
            w.ExitReason = exit.Reason;
            w.ExitDate = date;
            w.ExitNote = exit.Note;
        }), ct);
    }

    public async Task<Proto.Woman> ReactivateAsync(Proto.ReactivateWomanRequest request, CancellationToken ct)
    {
        var errors = new FieldViolations();
        RequireIdAndEtag(errors, request.Id, request.Etag);
        errors.Text("reason", request.Reason, 200, required: true);
        errors.Text("recorded_by", request.RecordedBy, 50, required: false);
        errors.ThrowIfAny();

        var woman = await LoadForChangeAsync(request.Id, request.Etag, ct);
        if (woman.Status != Proto.LedgerStatus.Exited)
        {
            throw new PreconditionFailedException("Woman {0} is in the ledger already.", woman.Id);
        }
        return await ChangeAsync(woman, new ChangeRequest(request.Reason, Today, request.RecordedBy, w =>
        {
            w.Status = Proto.LedgerStatus.Active;
            w.ExitReason = Proto.ExitReason.Unspecified;
            w.ExitDate = null;
            w.ExitNote = "";
        }), ct);
    }

    public async Task<Proto.Woman> RecordAssessmentAsync(Proto.RecordAssessmentRequest request, CancellationToken ct)
    {
        var errors = new FieldViolations();
        RequireIdAndEtag(errors, request.WomanId, request.Etag, "woman_id");
        var a = request.Assessment;
        if (errors.Require(a is not null, "assessment", "is required"))
        {
            errors.Defined("assessment.level", a!.Level, required: true);
            for (var i = 0; i < a.Needs.Count; i++)
            {
                errors.Defined($"assessment.needs[{i}]", a.Needs[i], required: true);
            }
            errors.PastDate("assessment.assessed_on", a.AssessedOn, Today, required: true);
            if (errors.Require(a.NextVisitDate is not null && a.NextVisitDate.TryToDateOnly(out _), "assessment.next_visit_date", "is required and must be a valid date")
                && a.AssessedOn is not null && a.AssessedOn.TryToDateOnly(out var on))
            {
                errors.Require(a.NextVisitDate!.ToDateOnly() >= on, "assessment.next_visit_date", "must not be before assessed_on");
            }
            errors.Text("assessment.assessed_by", a.AssessedBy, 50, required: true);
            errors.Text("assessment.notes", a.Notes, 500, required: false);
        }
        errors.ThrowIfAny();

        var woman = await LoadForChangeAsync(request.WomanId, request.Etag, ct);
        var assessedOn = a!.AssessedOn!.ToDateOnly();
        var nextVisit = a.NextVisitDate!.ToDateOnly();
        return await ChangeAsync(woman, new ChangeRequest("dynamic assessment", assessedOn, a.AssessedBy, w =>
        {
            w.AssessedLevel = a.Level;
            w.AssessedNeeds = NeedSets.Of(a.Needs);
            w.NextVisitDate = nextVisit;
            w.AssessedOn = assessedOn;
            w.AssessedBy = a.AssessedBy;
            w.AssessmentNotes = a.Notes;
            w.RefreshDerived();
        }), ct);
    }

    /// <summary>Applies a change, records each changed field, raises the events and saves, all in one transaction.</summary>
    private async Task<Proto.Woman> ChangeAsync(Woman woman, ChangeRequest change, CancellationToken ct)
    {
        var before = WomanSnapshot.Of(woman);
        var priorityBefore = woman.Priority;
        change.Apply(woman);
        woman.RefreshDerived();
        var diff = before.Diff(WomanSnapshot.Of(woman));
        if (diff.Count == 0)
        {
            // Nothing changed: no version bump, no records, no events.
            await db.Entry(woman).ReloadAsync(ct);
            return Present(woman);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        woman.UpdatedAt = now;
        db.ChangeRecords.AddRange(ChangeRecords.For(woman.Id, diff, change.Reason, change.EffectiveDate,
            change.RecordedBy.Length > 0 ? change.RecordedBy : caller.Caller.Name, caller.Caller.Subject, now));
        await db.SaveWithEventsAsync(() => WomanEvents.Changed(woman, diff.Select(d => d.Field.Split('.')[0]).Distinct(), priorityBefore), signal, clock, ct);
        await cache.InvalidateAsync(woman.Id);
        return Present(woman);
    }

    private Proto.Woman Present(Woman woman) => disclosure.Present(woman.ToProto().WithLeftBehind(Today), reveal: false);

    private async Task<Woman> LoadForChangeAsync(long id, string etag, CancellationToken ct) =>
        (await db.FindInScopeAsync<Woman>(id, w => w.VillageCode, caller.Scope, ResourceType, ct)).RequireEtag(etag, ResourceType, id);

    private async Task ThrowIfRegisteredAsync(string residentIdNumber, long? exceptId, CancellationToken ct)
    {
        var hash = protector.Hash(residentIdNumber);
        var existing = await db.Women.Where(w => w.ResidentIdHash == hash && w.Id != exceptId)
            .Select(w => new { w.Id, w.VillageCode }).FirstOrDefaultAsync(ct);
        if (existing is null)
        {
            return;
        }
        if (caller.Scope.Covers(existing.VillageCode))
        {
            throw new ResourceAlreadyExistsException(ResourceType, existing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "A woman with this resident ID number");
        }
        // Outside the caller's area: neither her id nor her area, and only so many such answers a day (DuplicateProbes).
        await probes.CountAsync(caller.Caller.Subject);
        throw new ResourceAlreadyExistsException(ResourceType, "", "A woman with this resident ID number", "is already on the ledger outside your area; the county civil-affairs office can look into it");
    }

    private DateOnly ValidateChange(FieldViolations errors, string reason, Contracts.Common.V1.Date? effectiveDate, string recordedBy)
    {
        errors.Text("reason", reason, 200, required: true);
        errors.Text("recorded_by", recordedBy, 50, required: false);
        errors.PastDate("effective_date", effectiveDate, Today, required: false);
        return effectiveDate is not null && effectiveDate.TryToDateOnly(out var d) ? d : Today;
    }

    private static void RequireIdAndEtag(FieldViolations errors, long id, string etag, string idField = "id")
    {
        errors.Require(id > 0, idField, "is required");
        errors.Require(etag.Length > 0, "etag", "is required");
    }

    /// <summary>Top-level fields an update may name in its mask; the rest are output only or have their own RPC.</summary>
    private static readonly HashSet<string> UpdatableFields =
    [
        "name", "resident_id_number", "ethnicity", "phone", "village_code", "address", "education", "health", "disability_category",
        "disability_grade", "economic_status", "husband", "household_members", "contracted_land_mu", "employment_status", "skills",
        "needs", "consent_to_share", "consent_to_share_health", "collected_by", "collected_on",
    ];
}
