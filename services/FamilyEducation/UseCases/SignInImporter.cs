using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Suite.FamilyEducation.Infrastructure;
using Suite.FamilyEducation.Model;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.RegistryClient;
using Suite.Security;
using Proto = Suite.Contracts.FamilyEducation.V1;

namespace Suite.FamilyEducation.UseCases;

/// <summary>
/// A sign-in sheet (签到表): every row is checked (well formed, not repeated, a woman the Registry shows the caller under
/// that name) before anything is written; then the good rows are written in one transaction and every row gets its
/// outcome. A row already recorded is reported so, so a repeated sheet changes nothing.
/// </summary>
public sealed class SignInImporter(FamilyEducationDbContext db, RegistryWomen registry, CurrentCaller caller)
{
    public const int MaxRows = 2000;

    public async Task<Proto.ImportSignInSheetResponse> ImportAsync(IAsyncEnumerable<Proto.SignInRow> rows, CancellationToken ct)
    {
        var sheet = new List<Proto.SignInRow>();
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (sheet.Count == MaxRows)
            {
                throw ValidationFailedException.For("row_number", $"a sheet holds at most {MaxRows} rows");
            }
            sheet.Add(row);
        }
        if (sheet.Count == 0)
        {
            throw ValidationFailedException.For("activity_id", "the sheet has no rows");
        }
        if (sheet.Select(r => r.ActivityId).Distinct().Count() > 1)
        {
            throw ValidationFailedException.For("activity_id", "every row of a sheet names the same activity");
        }
        if (sheet.GroupBy(r => r.RowNumber).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw ValidationFailedException.For("row_number", $"row {repeated.Key} appears more than once");
        }
        var activity = await db.FindInScopeAsync<ActivityRecord>(sheet[0].ActivityId, a => a.AreaCode, caller.Scope, ActivityDesk.ActivityType, ct, "activity_id");
        var results = new List<(Proto.SignInRow Row, Proto.SignInResult Result, string Village)>();
        var seen = new HashSet<long>();
        foreach (var row in sheet)
        {
            var result = new Proto.SignInResult { RowNumber = row.RowNumber, WomanId = row.WomanId };
            results.Add((row, result, await CheckAsync(row, result, seen, ct)));
        }
        var candidates = results.Where(r => r.Result.Outcome == Proto.SignInOutcome.Unspecified).ToList();
        var ids = candidates.Select(c => c.Row.WomanId).ToList();
        var already = (await db.Attendance.Where(a => a.ActivityId == activity.Id && ids.Contains(a.WomanId)).Select(a => a.WomanId).ToListAsync(ct)).ToHashSet();
        foreach (var (row, result, village) in candidates)
        {
            result.Outcome = already.Contains(row.WomanId) ? Proto.SignInOutcome.AlreadyRecorded : Proto.SignInOutcome.Recorded;
            if (result.Outcome == Proto.SignInOutcome.Recorded)
            {
                db.Attendance.Add(new AttendanceRecord { ActivityId = activity.Id, WomanId = row.WomanId, VillageCode = village, Date = activity.Date });
            }
        }
        var recorded = results.Count(r => r.Result.Outcome == Proto.SignInOutcome.Recorded);
        // The count is raised in the database, in the transaction of the rows: sheets sent at the same time each add theirs.
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            await db.Activities.Where(a => a.Id == activity.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.RegisteredAttendance, a => a.RegisteredAttendance + recorded), ct);
            await transaction.CommitAsync(ct);
        }
        return new Proto.ImportSignInSheetResponse
        {
            Results = { results.Select(r => r.Result) },
            Recorded = recorded,
            AlreadyRecorded = results.Count(r => r.Result.Outcome == Proto.SignInOutcome.AlreadyRecorded),
            Rejected = results.Count(r => r.Result.Outcome == Proto.SignInOutcome.Rejected),
        };
    }

    // The row's woman as the Registry shows her to the caller, once per sheet; a Registry that cannot be reached stops the whole sheet.
    private async Task<string> CheckAsync(Proto.SignInRow row, Proto.SignInResult result, HashSet<long> seen, CancellationToken ct)
    {
        var problem = ActivityValidator.Problem(row);
        if (problem is null)
        {
            try
            {
                var woman = await registry.GetAsync(row.WomanId, ct);
                if (woman.Name != row.Name.Trim())
                {
                    problem = $"姓名“{row.Name.Trim()}”与台账中编号 {row.WomanId} 的姓名不符";
                }
                else if (!seen.Add(row.WomanId))
                {
                    problem = $"编号 {row.WomanId} 在签到表中重复";
                }
                else
                {
                    return woman.VillageCode;
                }
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
            {
                problem = $"编号 {row.WomanId} 不在本辖区台账中";
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.PermissionDenied)
            {
                problem = $"编号 {row.WomanId} 的信息未经本人同意向本部门共享";
            }
        }
        result.Outcome = Proto.SignInOutcome.Rejected;
        result.Reason = problem;
        return "";
    }
}
