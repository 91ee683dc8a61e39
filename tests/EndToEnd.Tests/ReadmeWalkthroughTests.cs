using System.Text.RegularExpressions;
using Suite.Contracts;
using Suite.TestSupport;
using Xunit;

namespace Suite.EndToEnd.Tests;

/// <summary>
/// Every `suite …` command of the README's walk-through, run in order under the app host as a newcomer would, in the
/// CLI's default language: each succeeds as written, and no enum name, protobuf type name or stack trace reaches the screen.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed partial class ReadmeWalkthroughTests(SuiteAppHost suite) : IDisposable
{
    private readonly CliRunner _cli = suite.Cli();

    public void Dispose() => _cli.Dispose();

    [GeneratedRegex(@"\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b")]
    private static partial Regex EnumName();

    [GeneratedRegex(@"\bsuite\.[a-z]+\.v1\b|Exception|   at ")]
    private static partial Regex TypeNameOrStackTrace();

    [Fact]
    public async Task Every_README_command_speaks_Chinese_without_enum_or_type_names()
    {
        var root = Repository.Root;
        var commands = ReadmeCommands(File.ReadAllText(Path.Combine(root, "README.md")));
        Assert.True(commands.Count >= 8, $"only {commands.Count} commands found in the README");
        foreach (var args in commands)
        {
            var local = args.Select(a => a.EndsWith(".csv", StringComparison.Ordinal) ? Local(root, a) : a).ToArray();
            var (code, output, error) = await _cli.RunAsync(local);
            var screen = output + error;
            var command = string.Join(' ', args);
            Assert.False(EnumName().IsMatch(screen), $"suite {command} shows an enum name: {EnumName().Match(screen).Value}\n{screen}");
            Assert.False(TypeNameOrStackTrace().IsMatch(screen), $"suite {command} shows a type name or stack trace\n{screen}");
            Assert.DoesNotContain("没有权限", error); // each command is run by a department that may run it
            Assert.True(code == 0, $"suite {command} fails as the README writes it: {error}");
        }
    }

    /// <summary>The `suite …` lines of the README's shell blocks, as arguments (comments dropped).</summary>
    private static List<string[]> ReadmeCommands(string readme) =>
        [.. readme.Split('\n')
            .Select(line => line.Split("  #")[0].Trim())
            .Where(line => line.StartsWith("suite ", StringComparison.Ordinal))
            .Select(line => line["suite ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    /// <summary>A file the README names, copied into the runner's folder (so outputs land there, not in the repository).</summary>
    private string Local(string root, string path)
    {
        var target = Path.Combine(_cli.Folder, Path.GetFileName(path));
        if (File.Exists(Path.Combine(root, path)))
        {
            File.Copy(Path.Combine(root, path), target, overwrite: true);
        }
        return target;
    }
}
