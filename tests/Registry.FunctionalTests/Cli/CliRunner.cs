using Spectre.Console;
using Suite.Cli;
using Suite.Cli.Infrastructure;

namespace Suite.Registry.FunctionalTests.Cli;

/// <summary>Runs `suite` commands in process against the test Registry, with their own profile folder, capturing output.</summary>
public sealed class CliRunner : IDisposable
{
    private readonly RegistryFactory _registry;

    public CliRunner(RegistryFactory registry)
    {
        _registry = registry;
        Directory.CreateDirectory(Folder);
    }

    /// <summary>A working folder for input and output files, and the profile store.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "suite-cli-tests", Guid.NewGuid().ToString("N"));

    public async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        var context = new CliContext(console, output, error, TextReader.Null, Folder, Folder, () => _registry.Server.CreateHandler(), _registry.Clock);
        var code = await SuiteCli.RunAsync([.. args, "--registry", "http://registry.test"], context);
        return (code, output.ToString(), error.ToString());
    }

    public async Task LoginAsync(string token)
    {
        var (code, _, error) = await RunAsync("login", "--with-token", token);
        Assert.True(code == 0, error);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
