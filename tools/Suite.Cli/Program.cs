using Suite.Cli.Infrastructure;

namespace Suite.Cli;

/// <summary>Entry point of the `suite` tool (named so that it does not clash with a service's Program in tests).</summary>
public static class SuiteProgram
{
    public static Task<int> Main(string[] args) => SuiteCli.RunAsync(args, CliContext.ForConsole());
}
