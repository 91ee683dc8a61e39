using Suite.Registry.IntegrationEvents;
using Microsoft.EntityFrameworkCore;
using Suite.Registry.Infrastructure;
using Suite.Registry.Model;
using Suite.ServiceDefaults.Errors;
using Suite.Events;
using Suite.Persistence;
using Suite.Security;
using Suite.Domain;
using Proto = Suite.Contracts.Registry.V1;

namespace Suite.Registry.UseCases;

/// <summary>
/// The survey batch import: rows are validated one by one and matched to the ledger by resident ID number.
/// Rows are written in chunks, each chunk one transaction with its change records and events, so a failure
/// never leaves a half-written row; re-sending the same batch finds every row unchanged and writes nothing.
/// New women are written with one prepared insert (<see cref="BulkInsert"/>), changed ones through the change tracker.
/// </summary>
public sealed class WomenImporter(RegistryDbContext db, WomanFormValidator validator, WomanCache cache, OutboxSignal signal, TimeProvider clock, CurrentCaller caller, IConfiguration configuration, FieldProtector protector)
{
    public const int ChunkSize = 500;
    private readonly int _maxRows = configuration.GetValue("Registry:MaxImportRows", 200_000);
    private const string ImportReason = "survey import";

    public async Task<Proto.ImportWomenResponse> ImportAsync(IAsyncEnumerable<Proto.ImportWomenRequest> rows, CancellationToken ct)
    {
        var response = new Proto.ImportWomenResponse();
        var seenRows = new HashSet<int>();
        var seenIds = new Dictionary<string, int>();
        var chunk = new List<Proto.ImportWomenRequest>(ChunkSize);
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (seenRows.Count >= _maxRows)
            {
                throw ValidationFailedException.For("row_number", $"a batch holds at most {_maxRows} rows; split the file");
            }
            chunk.Add(row);
            seenRows.Add(row.RowNumber);
            if (chunk.Count == ChunkSize)
            {
                await ImportChunkAsync(chunk, seenIds, response, ct);
                chunk.Clear();
            }
        }
        await ImportChunkAsync(chunk, seenIds, response, ct);
        return response;
    }

    private async Task ImportChunkAsync(List<Proto.ImportWomenRequest> rows, Dictionary<string, int> seenIds, Proto.ImportWomenResponse response, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var today = clock.Today();
        var results = new List<Proto.ImportRowResult>(rows.Count);
        var valid = new List<(Proto.ImportWomenRequest Row, ValidWomanForm Form, Proto.ImportRowResult Result)>();
        foreach (var row in rows)
        {
            var result = new Proto.ImportRowResult { RowNumber = row.RowNumber };
            var errors = new FieldViolations();
            errors.Text("recorded_by", row.RecordedBy, 50, required: false);
            var form = validator.Validate(row.Woman, today, errors);
            if (form is not null && !caller.Scope.Covers(form.Village.Code))
            {
                errors.Add("woman.village_code", "is outside your area");
            }
            if (form is not null && !seenIds.TryAdd(form.ResidentIdNumber, row.RowNumber))
            {
                errors.Add("woman.resident_id_number", $"appears already in row {seenIds[form.ResidentIdNumber]} of this batch");
            }
            if (!errors.IsEmpty)
            {
                result.Outcome = Proto.ImportOutcome.Rejected;
                result.Errors.AddRange(errors.Items.Select(e => new Proto.FieldError { Field = e.Field, Description = e.Description }));
                results.Add(result);
                continue;
            }
            valid.Add((row, form!, result));
            results.Add(result);
        }

        var hashes = valid.Select(v => protector.Hash(v.Form.ResidentIdNumber)).ToList();
        // Matched by keyed hash, so finding a woman decrypts nothing.
        // Read untracked: most rows of a repeated survey are unchanged; the changed ones are read again, tracked, below.
        var existing = await db.Women.AsNoTracking().Where(w => hashes.Contains(w.ResidentIdHash)).ToDictionaryAsync(w => w.ResidentIdHash, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var written = new List<(Woman Woman, Proto.ImportRowResult Result, IReadOnlyList<(string Field, string Old, string New)> Diff, Proto.PriorityLevel PriorityBefore)>();
        var created = new List<Woman>();
        var changed = new List<(long WomanId, ValidWomanForm Form, string RecordedBy, Proto.ImportRowResult Result, IReadOnlyList<(string Field, string Old, string New)> Diff)>();
        foreach (var ((row, form, result), hash) in valid.Zip(hashes))
        {
            if (!existing.TryGetValue(hash, out var woman))
            {
                woman = new Woman { CreatedAt = now, UpdatedAt = now, Version = 1 };
                woman.ApplyForm(form);
                created.Add(woman);
                result.Outcome = Proto.ImportOutcome.Created;
                written.Add((woman, result, [], default));
                continue;
            }
            if (!caller.Scope.Covers(woman.VillageCode))
            {
                // Registered in an area the caller cannot see: neither her id nor her record is revealed.
                result.Outcome = Proto.ImportOutcome.Rejected;
                result.Errors.Add(new Proto.FieldError { Field = "woman.resident_id_number", Description = "is registered outside your area" });
                continue;
            }
            var diff = WomanSnapshot.Of(woman).Diff(WomanSnapshot.Of(Candidate(woman, form)));
            result.WomanId = woman.Id;
            if (diff.Count == 0)
            {
                result.Outcome = Proto.ImportOutcome.Unchanged;
                continue;
            }
            changed.Add((woman.Id, form, row.RecordedBy, result, diff));
        }

        // The changed women are read again, tracked, in one query, to be updated (attaching the untracked copies cannot
        // carry their JSON households).
        var changedIds = changed.Select(c => c.WomanId).ToList();
        var tracked = changed.Count == 0 ? [] : await db.Women.Where(w => changedIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);
        foreach (var (womanId, form, recordedBy, result, diff) in changed)
        {
            var woman = tracked[womanId];
            var priorityBefore = woman.Priority;
            woman.ApplyForm(form);
            woman.UpdatedAt = now;
            db.ChangeRecords.AddRange(ChangeRecords.For(woman.Id, diff, ImportReason, today,
                recordedBy.Length > 0 ? recordedBy : caller.Caller.Name, caller.Caller.Subject, now));
            result.Outcome = Proto.ImportOutcome.Updated;
            written.Add((woman, result, diff, priorityBefore));
        }

        if (written.Count > 0)
        {
            await db.SaveWithEventsAsync(() => written.SelectMany(w => w.Result.Outcome == Proto.ImportOutcome.Created
                ? WomanEvents.Registered(w.Woman)
                : WomanEvents.Changed(w.Woman, w.Diff.Select(d => d.Field.Split('.')[0]).Distinct(), w.PriorityBefore)), signal, clock, ct,
                insertNew: token => db.InsertAsync(created, token));
            written.ForEach(w => w.Result.WomanId = w.Woman.Id);
            await cache.InvalidateAsync(changedIds);
        }
        db.ChangeTracker.Clear();

        foreach (var result in results)
        {
            response.Results.Add(result);
            switch (result.Outcome)
            {
                case Proto.ImportOutcome.Created: response.Created++; break;
                case Proto.ImportOutcome.Updated: response.Updated++; break;
                case Proto.ImportOutcome.Unchanged: response.Unchanged++; break;
                default: response.Rejected++; break;
            }
        }
    }

    /// <summary>The record as the row would leave it, built aside so an unchanged row touches nothing tracked.</summary>
    private static Woman Candidate(Woman current, ValidWomanForm form)
    {
        var candidate = new Woman
        {
            Status = current.Status, ExitReason = current.ExitReason, ExitDate = current.ExitDate, ExitNote = current.ExitNote,
            AssessedLevel = current.AssessedLevel, AssessedNeeds = current.AssessedNeeds, NextVisitDate = current.NextVisitDate,
            AssessedOn = current.AssessedOn, AssessedBy = current.AssessedBy, AssessmentNotes = current.AssessmentNotes,
        };
        candidate.ApplyForm(form);
        return candidate;
    }
}
