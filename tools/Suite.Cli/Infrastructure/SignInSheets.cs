using System.Globalization;
using System.Text;
using Grpc.Core;
using Suite.Contracts.Common.V1;
using Suite.Ledger;

namespace Suite.Cli.Infrastructure;

/// <summary>
/// The suite's one sign-in sheet (签到表) on the command line, for every service that takes one (suite family sign-in,
/// suite community activities sign-in): a CSV of 编号,姓名 in UTF-8 or GB18030 (a file with broken encoding is refused
/// with its line), sent row by row; the rejected rows are written beside it with their reasons.
/// </summary>
public static class SignInSheets
{
    /// <summary>The sheet's columns: the woman's Registry id and her name.</summary>
    public static readonly string[] Header = ["编号", "姓名"];

    public const string FileDescription = "Sign-in sheet (签到表): CSV of 编号,姓名, UTF-8 or GB18030";

    public const string RejectedDescription = "Where to write rejected rows (default: FILE.rejected.csv)";

    /// <summary>The sheet's rows without its header and blank lines; a sheet with no rows is refused.</summary>
    public static List<List<string>> Read(string path)
    {
        var rows = CsvInput.WithoutHeader(CsvCodec.ReadRecords(new StringReader(CsvInput.ReadAllText(path))).Where(r => r.Any(c => c.Trim().Length > 0)).ToList(), Header, path);
        return rows.Count == 0 ? throw new CliException(Words.F("{0}: no rows", path)) : rows;
    }

    /// <summary>Reads the sheet at <paramref name="path"/>, sends it for the activity on a call the service opens, and reports the outcome.</summary>
    public static async Task ImportAsync(CliContext context, string path, string? rejectedPath, long activityId,
        Func<AsyncClientStreamingCall<SignInRow, ImportSignInSheetResponse>> open, CancellationToken ct)
    {
        var rows = Read(path);
        using var call = open();
        for (var i = 0; i < rows.Count; i++)
        {
            var id = long.TryParse(rows[i][0].Trim(), CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
            await call.RequestStream.WriteAsync(new SignInRow { ActivityId = activityId, RowNumber = i + 1, WomanId = id, Name = rows[i].ElementAtOrDefault(1) ?? "" }, ct);
        }
        await call.RequestStream.CompleteAsync();
        var response = await call.ResponseAsync;
        await context.Out.WriteLineAsync(Words.F("Signed in: {0} recorded, {1} recorded before, {2} not recorded", response.Recorded, response.AlreadyRecorded, response.Rejected));
        var rejected = response.Results.Where(r => r.Outcome == SignInOutcome.Rejected).ToList();
        if (rejected.Count > 0)
        {
            var target = rejectedPath ?? Path.ChangeExtension(path, ".rejected.csv");
            var text = new StringBuilder("\uFEFF").Append(CsvCodec.FormatLine(["行号", "原因", "编号", "姓名"]));
            foreach (var r in rejected)
            {
                text.Append(CsvCodec.FormatLine([r.RowNumber.ToString(CultureInfo.InvariantCulture), r.Reason, .. rows[r.RowNumber - 1].Take(2)]));
            }
            await File.WriteAllTextAsync(target, text.ToString(), ct);
            await context.Out.WriteLineAsync(Words.F("rows not recorded and their reasons: {0}", target));
        }
    }
}
