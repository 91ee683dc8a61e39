using System.CommandLine;
using Spectre.Console;
using Suite.Cli.Display;
using Suite.Cli.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.Common.V1;
using Suite.Ledger;

namespace Suite.Cli.Commands;

/// <summary>suite referrals send | inbox | sent | overdue | accept | done | return | withdraw: referrals between departments (转介).</summary>
public static class ReferralCommands
{
    public static Command Create(CliContext context) => new("referrals", "Referrals between departments (转介): send, the inbox, what was sent, what is overdue")
    {
        Send(context), List(context, "inbox", "Referrals received by a department, newest first"), List(context, "sent", "Referrals a department sent, with the answers"),
        List(context, "overdue", "Received referrals not closed by their due date"), Accept(context), Done(context), Return(context), Withdraw(context),
    };

    private static Option<string> ServiceOption(bool required = true) =>
        new("--service") { Required = required, Description = "Which department's service: " + ReferralLabels.ServiceChoices };

    private static Command Send(CliContext context)
    {
        var from = ServiceOption();
        var to = new Option<string>("--to") { Required = true, Description = "The department that should act: " + ReferralLabels.ServiceChoices };
        var woman = new Option<long>("--woman") { Required = true, Description = "Registry id of the woman" };
        var reason = new Option<string>("--reason") { Required = true, Description = "Why: " + CaseworkLabels.Reason.Choices };
        var needs = new Option<string[]>("--need") { Required = true, AllowMultipleArgumentsPerToken = true, Description = "What help (one or more): " + CaseworkLabels.Need.Choices };
        var urgent = new Option<bool>("--urgent") { Description = "At once: her safety or livelihood is at stake" };
        var note = new Option<string>("--note") { Description = "A note for your own record (not sent)", DefaultValueFactory = _ => "" };
        var command = new Command("send", "Send a referral to another department") { from, to, woman, reason, needs, urgent, note };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var request = new SendReferralRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), Target = ReferralLabels.ParseService(parse.GetValue(to)!, "--to"), WomanId = parse.GetValue(woman),
                Reason = EnumText.Parse(CaseworkLabels.Reason, parse.GetValue(reason)!, "--reason"),
                Needs = { parse.GetValue(needs)!.Select(n => EnumText.Parse(CaseworkLabels.Need, n, "--need")) },
                Urgency = parse.GetValue(urgent) ? ReferralUrgency.Urgent : ReferralUrgency.Routine, Note = parse.GetValue(note)!,
            };
            var sent = await Client(connection, parse.GetValue(from)!).SendReferralAsync(request, connection.Headers(), cancellationToken: ct);
            await context.Out.WriteLineAsync(Words.F("Referral {0} sent to {1}, due {2}.", sent.Id, ReferralLabels.Service(sent.Target), sent.DueDate.ToIsoString()));
        });
        return command;
    }

    private static Command List(CliContext context, string name, string description)
    {
        var service = ServiceOption();
        var area = new Option<string>("--area") { Description = "Area code prefix", DefaultValueFactory = _ => "" };
        var woman = new Option<long>("--woman") { Description = "Only this woman's referrals" };
        var limit = Pages.LimitOption();
        var command = new Command(name, description) { service, area, woman, limit };
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = Client(connection, parse.GetValue(service)!);
            var list = await Pages.ReadAsync(parse.GetValue(limit), token =>
            {
                var request = new ListReferralsRequest { AreaCode = parse.GetValue(area)!, WomanId = parse.GetValue(woman), PageToken = token, PageSize = Pages.Size };
                return (name switch { "inbox" => client.ListInboxAsync(request, connection.Headers(), cancellationToken: ct), "sent" => client.ListSentAsync(request, connection.Headers(), cancellationToken: ct), _ => client.ListOverdueAsync(request, connection.Headers(), cancellationToken: ct) }).ResponseAsync;
            }, p => p.Referrals, p => p.NextPageToken);
            await WriteAsync(context, connection, list.Items, ct);
            Pages.SayIfMore(context, list);
        });
        return command;
    }

    /// <summary>Referrals as a table: who, from and to whom, what, where it stands, by when.</summary>
    public static async Task WriteAsync(CliContext context, Connection connection, IReadOnlyList<Referral> referrals, CancellationToken ct)
    {
        var names = await new WomenNames(connection, ct).LoadAsync(referrals.Select(r => r.WomanId));
        var villages = await new AreaNames(connection, ct).LoadAsync(referrals.Select(r => r.VillageCode));
        var table = Tables.With("Id", "Woman", "Name", "Village", "From", "To", "Referral", "Status", "Owner", "Due");
        foreach (var r in referrals)
        {
            var status = Words.Name(CaseworkLabels.Status, r.Status) + (r.Outcome != ReferralOutcome.Unspecified ? "：" + Words.Name(CaseworkLabels.Outcome, r.Outcome) : "")
                + (r.ReturnReason != ReturnReason.Unspecified ? "：" + Words.Name(CaseworkLabels.Return, r.ReturnReason) : "");
            table.AddRow(r.Id.ToString(), r.WomanId.ToString(), Markup.Escape(names.Name(r.WomanId)), Markup.Escape(villages.Label(r.VillageCode)),
                ReferralLabels.Service(r.Source), ReferralLabels.Service(r.Target), Markup.Escape(Words.T(r.Text)), status, Markup.Escape(r.OwnerName), r.DueDate.ToIsoString());
        }
        context.Console.Write(table);
        context.Console.WriteLine(Words.F("{0} referrals", referrals.Count));
    }

    private static Command Accept(CliContext context) => Change(context, "accept", "Accept a received referral (you become its owner)", async (client, current, parse, connection, ct) =>
        await client.AcceptReferralAsync(new AcceptReferralRequest { Id = current.Id, Etag = current.Etag }, connection.Headers(), cancellationToken: ct));

    private static Command Done(CliContext context)
    {
        var outcome = new Option<string>("--outcome") { Required = true, Description = "How it ended: " + CaseworkLabels.Outcome.Choices };
        return Change(context, "done", "Close an accepted referral with its outcome", async (client, current, parse, connection, ct) =>
            await client.CompleteReferralAsync(new CompleteReferralRequest { Id = current.Id, Etag = current.Etag, Outcome = EnumText.Parse(CaseworkLabels.Outcome, parse.GetValue(outcome)!, "--outcome") },
                connection.Headers(), cancellationToken: ct), outcome);
    }

    private static Command Return(CliContext context)
    {
        var reason = new Option<string>("--reason") { Required = true, Description = "Why: " + CaseworkLabels.Return.Choices };
        return Change(context, "return", "Return a received referral to its sender", async (client, current, parse, connection, ct) =>
            await client.ReturnReferralAsync(new ReturnReferralRequest { Id = current.Id, Etag = current.Etag, Reason = EnumText.Parse(CaseworkLabels.Return, parse.GetValue(reason)!, "--reason") },
                connection.Headers(), cancellationToken: ct), reason);
    }

    private static Command Withdraw(CliContext context) => Change(context, "withdraw", "Withdraw a referral you sent (the need went away)", async (client, current, parse, connection, ct) =>
        await client.WithdrawReferralAsync(new WithdrawReferralRequest { Id = current.Id, Etag = current.Etag }, connection.Headers(), cancellationToken: ct));

    private static Command Change(CliContext context, string name, string description,
        Func<ReferralService.ReferralServiceClient, Referral, ParseResult, Connection, CancellationToken, Task<Referral>> change, params Option[] extra)
    {
        var service = ServiceOption();
        var id = new Option<long>("--id") { Required = true, Description = "The referral's id in that service" };
        var command = new Command(name, description) { service, id };
        foreach (var option in extra)
        {
            command.Options.Add(option);
        }
        SuiteCli.Action(command, context, async (parse, connection, ct) =>
        {
            var client = Client(connection, parse.GetValue(service)!);
            var current = await client.GetReferralAsync(new GetReferralRequest { Id = parse.GetValue(id) }, connection.Headers(), cancellationToken: ct);
            var changed = await change(client, current, parse, connection, ct);
            await context.Out.WriteLineAsync(Words.F("Referral {0} is now {1}.", changed.Id, Words.Name(CaseworkLabels.Status, changed.Status)));
        });
        return command;
    }

    private static ReferralService.ReferralServiceClient Client(Connection connection, string service) =>
        new(connection.Channel(ReferralLabels.ParseService(service, "--service")));
}
