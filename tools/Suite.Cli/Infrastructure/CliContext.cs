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
    /// <summary>The user's locale (LC_ALL, LC_MESSAGES or LANG); the CLI speaks Chinese unless it is English.</summary>
    public string? Locale { get; init; }

    public static CliContext ForConsole() => new(
        Terminal(),
        System.Console.Out,
        System.Console.Error,
        System.Console.In,
        Environment.GetEnvironmentVariable("SUITE_CONFIG_DIR") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".suite"),
        Environment.CurrentDirectory,
        () => new SocketsHttpHandler(),
        TimeProvider.System)
    {
        Locale = new[] { "LC_ALL", "LC_MESSAGES", "LANG" }.Select(Environment.GetEnvironmentVariable).FirstOrDefault(v => !string.IsNullOrEmpty(v)),
    };

    /// <summary>The console; sent to a pipe or file, tables keep their full width instead of being cut at 80 columns.</summary>
    private static IAnsiConsole Terminal()
    {
        var console = AnsiConsole.Console;
        if (System.Console.IsOutputRedirected)
        {
            console.Profile.Width = 1000;
        }
        return console;
    }

    /// <summary>True when a person is at the keyboard: prompts and progress bars only then.</summary>
    public bool Interactive => Console.Profile.Capabilities.Interactive;
}
