using Grpc.Core;
using Suite.Contracts.Common.V1;
using Suite.GrpcServer.Errors;
using Suite.RegistryClient;

namespace Suite.Casework.SignIn;

/// <summary>
/// The suite's one sign-in sheet importer (签到表): every row is checked (well formed, not repeated, a woman the
/// Registry shows the caller under that name, asked once per sheet) before anything is written; then the good rows are
/// written in one transaction through the service's <see cref="ISignInActivities"/> and every row gets its outcome. A
/// row already recorded is reported so, so a repeated sheet changes nothing; a Registry that cannot be reached stops
/// the whole sheet (UNAVAILABLE) and nothing is recorded.
/// </summary>
public sealed class SignInImporter(ISignInActivities activities, RegistryWomen registry)
{
    public const int MaxRows = 2000;

    public async Task<ImportSignInSheetResponse> ImportAsync(IAsyncEnumerable<SignInRow> rows, CancellationToken ct)
    {
        var sheet = new List<SignInRow>();
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
        var activity = await activities.FindAsync(sheet[0].ActivityId, ct);
        var results = new List<(SignInRow Row, SignInResult Result, string Village)>();
        var seen = new HashSet<long>();
        foreach (var row in sheet)
        {
            var result = new SignInResult { RowNumber = row.RowNumber, WomanId = row.WomanId };
            results.Add((row, result, await CheckAsync(row, result, seen, ct)));
        }
        var candidates = results.Where(r => r.Result.Outcome == SignInOutcome.Unspecified).ToList();
        var already = await activities.RecordedAsync(activity.Id, candidates.Select(c => c.Row.WomanId).ToList(), ct);
        var recorded = new List<SignedInWoman>();
        foreach (var (row, result, village) in candidates)
        {
            result.Outcome = already.Contains(row.WomanId) ? SignInOutcome.AlreadyRecorded : SignInOutcome.Recorded;
            if (result.Outcome == SignInOutcome.Recorded)
            {
                recorded.Add(new SignedInWoman(row.WomanId, village));
            }
        }
        if (recorded.Count > 0)
        {
            await activities.RecordAsync(activity, recorded, ct);
        }
        return new ImportSignInSheetResponse
        {
            Results = { results.Select(r => r.Result) },
            Recorded = recorded.Count,
            AlreadyRecorded = results.Count(r => r.Result.Outcome == SignInOutcome.AlreadyRecorded),
            Rejected = results.Count(r => r.Result.Outcome == SignInOutcome.Rejected),
        };
    }

    /// <summary>A row's own fields, as the reason it is rejected (null when it is well formed).</summary>
    public static string? Problem(SignInRow row) =>
        row.WomanId <= 0 ? "缺少编号"
        : string.IsNullOrWhiteSpace(row.Name) ? "缺少姓名"
        : FieldRules.Length(row.Name) > 50 ? "姓名超过50个字"
        : null;

    // The row's woman as the Registry shows her to the caller, once per sheet; a Registry that cannot be reached stops the whole sheet.
    private async Task<string> CheckAsync(SignInRow row, SignInResult result, HashSet<long> seen, CancellationToken ct)
    {
        var problem = Problem(row);
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
        result.Outcome = SignInOutcome.Rejected;
        result.Reason = problem;
        return "";
    }
}
