using System.CommandLine;
using Grpc.Core;
using Suite.Cli.Commands;
using Suite.Cli.Infrastructure;

namespace Suite.Cli;

/// <summary>The `suite` command tree. Registry commands sit at the top; each later service gets its own verb.</summary>
public static class SuiteCli
{
    public static async Task<int> RunAsync(string[] args, CliContext context)
    {
        Words.Choose(LanguageOf(args), context.Locale);
        var root = Build(context);
        var parse = ParseErrors.Parse(root, args);
        if (parse.Errors.Count > 0 && !args.Contains("--help") && !args.Contains("-h"))
        {
            return await ParseErrors.ReportAsync(parse, context.Error);
        }
        return await parse.InvokeAsync(new InvocationConfiguration { Output = context.Out, Error = context.Error });
    }

    /// <summary>The whole command tree, its help in the language chosen for this run.</summary>
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("suite: the care-services suite for rural left-behind women, from the command line.");
        foreach (var option in GlobalOptions.All)
        {
            root.Options.Add(option);
        }
        foreach (var command in LoginCommands.Create(context)
            .Append(AreasCommands.Create(context))
            .Append(WomenCommands.Create(context))
            .Append(SurveyCommands.Create(context))
            .Append(ImportCommand.Create(context))
            .Append(ExportCommand.Create(context))
            .Append(StatsCommand.Create(context))
            .Append(AuditCommand.Create(context))
            .Append(AssistanceCommands.Create(context))
            .Append(LegalCommands.Create(context))
            .Append(TrainingCommands.Create(context))
            .Append(JobsCommands.Create(context))
            .Append(FamilyCommands.Create(context))
            .Append(CommunityCommands.Create(context))
            .Append(ReferralCommands.Create(context))
            .Append(VisitCommands.Create(context))
            .Append(SupervisionCommands.Create(context)))
        {
            root.Subcommands.Add(command);
        }
        Words.Localize(root);
        return root;
    }

    /// <summary>The --lang value, read before the command tree is built so that its help is in that language too.</summary>
    private static string? LanguageOf(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Length && Words.Languages.Contains(args[i + 1]))
            {
                return args[i + 1];
            }
            if (args[i].StartsWith("--lang=", StringComparison.Ordinal) && Words.Languages.Contains(args[i][7..]))
            {
                return args[i][7..];
            }
        }
        return null;
    }

    /// <summary>Runs a command body: a failure is one line on stderr and a non-zero exit code (1 for input, 2 for the server).</summary>
    public static void Action(Command command, CliContext context, Func<ParseResult, Connection, CancellationToken, Task> body) =>
        command.SetAction(async (parse, ct) =>
        {
            var connection = new Connection(parse, context);
            try
            {
                await body(parse, connection, ct);
                return 0;
            }
            catch (CliException ex)
            {
                await context.Error.WriteLineAsync(Words.T("error: ") + ex.Message);
                return 1;
            }
            catch (RpcException ex)
            {
                await context.Error.WriteLineAsync(Words.T("error: ") + ErrorReport.Describe(ex, connection));
                if (parse.GetValue(GlobalOptions.Verbose))
                {
                    await context.Error.WriteLineAsync(Words.T("trace id: ") + connection.TraceId);
                }
                return 2;
            }
        });
}
