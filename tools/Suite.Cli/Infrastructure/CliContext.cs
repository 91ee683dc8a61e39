using Spectre.Console;

namespace Suite.Cli.Infrastructure;

/// <summary>What a command runs against: the terminal, where profiles live, how channels are made, and the clock.</summary>
public sealed record CliContext(
    IAnsiConsole Console,
    TextWriter Out,
    TextWriter Error,
    TextReader In,
    string ConfigDirectory,
    string WorkingDirectory,
    Func<HttpMessageHandler> Handler,
    TimeProvider Clock)
{
    public static CliContext ForConsole() => new(
        AnsiConsole.Console,
        System.Console.Out,
        System.Console.Error,
        System.Console.In,
        Environment.GetEnvironmentVariable("SUITE_CONFIG_DIR") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".suite"),
        Environment.CurrentDirectory,
        () => new SocketsHttpHandler(),
        TimeProvider.System);

    /// <summary>True when a person is at the keyboard: prompts and progress bars only then.</summary>
    public bool Interactive => Console.Profile.Capabilities.Interactive;
}
