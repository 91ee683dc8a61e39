using System.Text.RegularExpressions;
using Suite.ServiceDefaults.Errors;
using Suite.TestSupport;
using Xunit;

namespace Suite.Shared.Tests;

/// <summary>Every precondition a service can refuse with is told in Chinese: its format has an entry in ErrorText.resx.</summary>
public sealed partial class ErrorTextTests
{
    [Fact]
    public void Every_precondition_format_in_the_code_has_its_Chinese()
    {
        var sources = new[] { "services", "shared" }.SelectMany(dir => Directory.EnumerateFiles(Path.Combine(Repository.Root, dir), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}"));
        var formats = sources.SelectMany(f => Calls().Matches(File.ReadAllText(f)))
            .SelectMany(call => Literals().Matches(call.Groups[1].Value).Select(l => Regex.Unescape(l.Groups[1].Value)))
            .Where(l => l.Contains(' ') && l.EndsWith('.'))
            .Distinct().ToList();
        Assert.True(formats.Count >= 5, $"only {formats.Count} formats found: is the pattern still right?");
        Assert.Equal([], formats.Where(f => ErrorText.Formatted(f, [], ErrorText.ChineseLocale) is null).ToList());
    }

    // The first argument of the constructor, up to the first value that follows the format (a ternary of two formats included).
    [GeneratedRegex(@"new PreconditionFailedException\(([^;]*?""\s*(?:,|\)))", RegexOptions.Singleline)]
    private static partial Regex Calls();

    [GeneratedRegex(@"""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Literals();
}
