using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.Audit;
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
/// The survey batch import: rows are validated one by one and matched to the ledger by resident ID number.
/// Rows are written in chunks, each chunk one transaction with its change records and events, so a failure
/// never leaves a half-written row; re-sending the same batch finds every row unchanged and writes nothing.
/// New women are written with one prepared insert (<see cref="BulkInsert"/>), changed ones through the change tracker.
/// </summary>
public sealed class WomenImporter(RegistryDbContext db, WomanFormValidator validator, WomanCache cache, OutboxSignal signal, TimeProvider clock, CurrentCaller caller, IConfiguration configuration, FieldProtector protector, IAuditTrail audit)
{
    public const int ChunkSize = 500;
    private readonly int _maxRows = configuration.GetValue("Registry:MaxImportRows", 200_000);
    private const string ImportReason = "survey import";

    /// <param name="locale">The caller's language, for the reasons of rejected rows (<see cref="ErrorText.LocaleOf"/>).</param>
    /// <param name="send">Receives the results of each chunk as it is settled, with the counts so far.</param>
    public async Task ImportAsync(IAsyncEnumerable<Proto.ImportWomenRequest> rows, string locale, Func<Proto.ImportWomenResponse, Task> send, CancellationToken ct)
    {
        var response = new Proto.ImportWomenResponse();
        // Results leave as each chunk is settled, so the answer to a batch of any size is never one oversized message.
        async Task FlushAsync()
        {
            if (response.Results.Count == 0)
            {
                return;
            }
            foreach (var error in response.Results.SelectMany(r => r.Errors))
            {
                error.Localized = ErrorText.Violation(error.Field, error.Description, locale);
            }
            await send(response.Clone());
            response.Results.Clear();
        }
        var seenRows = new HashSet<int>();
        var seenIds = new Dictionary<string, int>();
        var chunk = new List<Proto.ImportWomenRequest>(ChunkSize);
        var sent = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            // Every row sent counts, whatever its number: a repeated row number cannot slip past the limit.
            if (++sent > _maxRows)
            {
                throw ValidationFailedException.For("row_number", $"a batch holds at most {_maxRows} rows; split the file");
            }
            if (!seenRows.Add(row.RowNumber))
            {
                response.Results.Add(Refused(row.RowNumber, "row_number", "appears twice in this batch"));
                response.Rejected++;
                continue;
            }
            chunk.Add(row);
            if (chunk.Count == ChunkSize)
            {
                await ImportChunkAsync(chunk, seenIds, response, ct);
                chunk.Clear();
                await FlushAsync();
            }
        }
        await ImportChunkAsync(chunk, seenIds, response, ct);
        await FlushAsync();
    }

    private static Proto.ImportRowResult Refused(int rowNumber, string field, string description) => new()
    {
        RowNumber = rowNumber, Outcome = Proto.ImportOutcome.Rejected, Errors = { new Proto.FieldError { Field = field, Description = description } },
    };

    private async Task ImportChunkAsync(List<Proto.ImportWomenRequest> rows, Dictionary<string, int> seenIds, Proto.ImportWomenResponse response, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var (results, valid) = Validate(rows, seenIds);
        var (created, changed) = await MatchAsync(valid, ct);
        await WriteAsync(created, changed, ct);
        Tally(results, response);
    }

    /// <summary>Step 1: each row's form, scope and duplicates within the batch; a rejected row gets its reasons.</summary>
    private (List<Proto.ImportRowResult> Results, List<ValidRow> Valid) Validate(List<Proto.ImportWomenRequest> rows, Dictionary<string, int> seenIds)
    {
        var today = clock.Today();
        var results = new List<Proto.ImportRowResult>(rows.Count);
        var valid = new List<ValidRow>();
        foreach (var row in rows)
        {
            var result = new Proto.ImportRowResult { RowNumber = row.RowNumber };
            results.Add(result);
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
            if (errors.IsEmpty)
            {
                valid.Add(new ValidRow(row, form!, result));
                continue;
            }
            result.Outcome = Proto.ImportOutcome.Rejected;
            result.Errors.AddRange(errors.Items.Select(e => new Proto.FieldError { Field = e.Field, Description = e.Description }));
        }
        return (results, valid);
    }

    /// <summary>
    /// Step 2: each valid row against the ledger, by keyed hash of the ID number (finding a woman decrypts nothing):
    /// new women to create, changed ones with their field differences; unchanged rows are settled here.
    /// </summary>
    private async Task<(List<(Woman Woman, Proto.ImportRowResult Result)> Created, List<ChangedRow> Changed)> MatchAsync(List<ValidRow> valid, CancellationToken ct)
    {
        var hashes = valid.Select(v => protector.Hash(v.Form.ResidentIdNumber)).ToList();
        // Untracked: most rows of a repeated survey are unchanged; the changed ones are read again, tracked, to be written.
        var existing = await db.Women.AsNoTracking().Where(w => hashes.Contains(w.ResidentIdHash)).ToDictionaryAsync(w => w.ResidentIdHash, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var created = new List<(Woman, Proto.ImportRowResult)>();
        var changed = new List<ChangedRow>();
        foreach (var ((row, form, result), hash) in valid.Zip(hashes))
        {
            if (!existing.TryGetValue(hash, out var woman))
            {
                woman = new Woman { CreatedAt = now, UpdatedAt = now, Version = 1 };
                woman.ApplyForm(form);
                created.Add((woman, result));
                result.Outcome = Proto.ImportOutcome.Created;
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
            result.Outcome = diff.Count == 0 ? Proto.ImportOutcome.Unchanged : Proto.ImportOutcome.Updated;
            if (diff.Count > 0)
            {
                changed.Add(new ChangedRow(woman.Id, form, row.RecordedBy, result, diff));
            }
        }
        return (created, changed);
    }

    /// <summary>Step 3: one transaction for the chunk: new women, changed women with their change records, and the events.</summary>
    private async Task WriteAsync(List<(Woman Woman, Proto.ImportRowResult Result)> created, List<ChangedRow> changed, CancellationToken ct)
    {
        if (created.Count == 0 && changed.Count == 0)
        {
            return;
        }
        var today = clock.Today();
        var now = clock.GetUtcNow().UtcDateTime;
        // Read again, tracked, in one query (attaching the untracked copies cannot carry their JSON households).
        var changedIds = changed.Select(c => c.WomanId).ToList();
        var tracked = changed.Count == 0 ? [] : await db.Women.Where(w => changedIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);
        var updates = new List<(Woman Woman, IReadOnlyList<(string Field, string Old, string New)> Diff, Proto.PriorityLevel PriorityBefore)>();
        foreach (var (womanId, form, recordedBy, _, diff) in changed)
        {
            var woman = tracked[womanId];
            var priorityBefore = woman.Priority;
            woman.ApplyForm(form);
            woman.UpdatedAt = now;
            db.ChangeRecords.AddRange(ChangeRecords.For(woman.Id, diff, ImportReason, today,
                recordedBy.Length > 0 ? recordedBy : caller.Caller.Name, caller.Caller.Subject, now));
            updates.Add((woman, diff, priorityBefore));
        }
        var newWomen = created.Select(c => c.Woman).ToList();
        await db.SaveWithEventsAsync(() => newWomen.SelectMany(WomanEvents.Registered)
                .Concat(updates.SelectMany(u => WomanEvents.Changed(u.Woman, u.Diff.Select(d => d.Field.Split('.')[0]).Distinct(), u.PriorityBefore))),
            signal, clock, ct, insertNew: token => db.InsertAsync(newWomen, token),
            // The chunk's audit record commits with the chunk: a process that stops before the call ends leaves no
            // written woman unrecorded (the audit writer chains the inbox, also at its next start).
            beforeCommit: token => db.InsertAsync([ChunkRecord(newWomen.Concat(updates.Select(u => u.Woman)), now)], token));
        audit.InboxFilled();
        created.ForEach(c => c.Result.WomanId = c.Woman.Id);
        await cache.InvalidateAsync(changedIds);
        db.ChangeTracker.Clear();
    }

    private AuditInboxEntry ChunkRecord(IEnumerable<Woman> written, DateTime now)
    {
        var entry = AuditEntry.For(caller.Caller, ImportAction, "OK", now);
        entry.Purpose = "committed import chunk";
        entry.Resources = [.. written.Select(w => new AuditEntryResource { Resource = "woman:" + w.Id.ToString(CultureInfo.InvariantCulture) })];
        return AuditInboxEntry.From(entry);
    }

    private static readonly string ImportAction = $"/{Proto.WomenService.Descriptor.FullName}/{nameof(Proto.WomenService.WomenServiceBase.ImportWomen)}";

    /// <summary>Step 4: the rows' outcomes, in the order they came, and the counts.</summary>
    private static void Tally(List<Proto.ImportRowResult> results, Proto.ImportWomenResponse response)
    {
        foreach (var result in results)
        {
            response.Results.Add(result);
            RegistryMetrics.CountImported(result.Outcome);
            switch (result.Outcome)
            {
                case Proto.ImportOutcome.Created: response.Created++; break;
                case Proto.ImportOutcome.Updated: response.Updated++; break;
                case Proto.ImportOutcome.Unchanged: response.Unchanged++; break;
                default: response.Rejected++; break;
            }
        }
    }

    private sealed record ValidRow(Proto.ImportWomenRequest Row, ValidWomanForm Form, Proto.ImportRowResult Result);

    private sealed record ChangedRow(long WomanId, ValidWomanForm Form, string RecordedBy, Proto.ImportRowResult Result, IReadOnlyList<(string Field, string Old, string New)> Diff);

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
