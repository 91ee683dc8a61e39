using Spectre.Console;
using Suite.Cli;
using Suite.Cli.Infrastructure;

namespace Suite.TestSupport;

/// <summary>
/// Runs `suite` commands in process against services under test, with their own profile folder, capturing output.
/// <paramref name="handler"/> carries the calls (to test servers); <paramref name="addresses"/> are the service options, e.g. ["--registry", "http://registry.test"].
/// </summary>
public sealed class CliRunner : IDisposable
{
    private readonly Func<HttpMessageHandler> _handler;
    private readonly TimeProvider _clock;
    private readonly string[] _addresses;

    public CliRunner(Func<HttpMessageHandler> handler, TimeProvider clock, params string[] addresses)
    {
        _handler = handler;
        _clock = clock;
        _addresses = addresses;
        Directory.CreateDirectory(Folder);
    }

    /// <summary>A working folder for input and output files, and the profile store.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "suite-cli-tests", Guid.NewGuid().ToString("N"));

    public async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await SuiteCli.RunAsync([.. args, .. _addresses], Context(output, error));
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A context writing to these writers (or nowhere), with no locale: the CLI's default language, Chinese.</summary>
    public CliContext Context(StringWriter? output = null, StringWriter? error = null)
    {
        output ??= new StringWriter();
        error ??= new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        return new CliContext(console, output, error, TextReader.Null, Folder, Folder, _handler, _clock);
    }

    public async Task LoginAsync(string token)
    {
        var (code, _, error) = await RunAsync("login", "--with-token", token);
        Xunit.Assert.True(code == 0, error);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
