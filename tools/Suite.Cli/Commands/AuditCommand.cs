using System.CommandLine;
using Spectre.Console;
using Suite.Cli.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.Common.V1;
using Suite.Ledger;

namespace Suite.Cli.Commands;

/// <summary>suite audit --person ID: who read or changed a woman's record (needs audit.read).</summary>
public static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        var person = new Option<long?>("--person") { Description = "Registry id of the woman" };
        var caller = new Option<string>("--caller") { Description = "Token subject of a caller", DefaultValueFactory = _ => "" };
        var verify = new Option<bool>("--verify") { Description = "Verify the audit chain instead" };
        var command = new Command("audit", "Query the Registry's audit log") { person, caller, verify };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = new AuditService.AuditServiceClient(connection.Channel(ResourceNames.Registry));
            if (parse.GetValue(verify))
            {
                var result = await client.VerifyAuditChainAsync(new VerifyAuditChainRequest(), connection.Headers(), cancellationToken: ct);
                await context.Out.WriteLineAsync(result.Intact
                    ? Words.F("audit chain intact: {0} records", result.RecordsChecked)
                    : Words.F("audit chain BROKEN at record {0}: {1}", result.FirstBrokenId, result.Problem));
                return;
            }
            var request = new QueryAuditRecordsRequest { Subject = parse.GetValue(caller)!, PageSize = 500 };
            if (parse.GetValue(person) is { } id)
            {
                request.Resource = $"woman:{id}";
            }
            var records = await client.QueryAuditRecordsAsync(request, connection.Headers(), cancellationToken: ct);
            var table = Tables.With("Time", "Who", "Department", "Role", "Action", "Purpose", "Outcome");
            foreach (var r in records.Records)
            {
                table.AddRow(r.Time.ToDateTime().ToString("yyyy-MM-dd HH:mm:ss"), Markup.Escape($"{r.Name} ({r.Subject})"), Words.Code("department", r.Department), Words.Code("role", r.Role),
                    Words.English ? r.Action.Split('/').Last() : AuditLabels.Action(r.Action), Markup.Escape(r.Purpose), Words.English ? r.Outcome : AuditLabels.Outcome(r.Outcome));
            }
            context.Console.Write(table);
        });
        return command;
    }
}
