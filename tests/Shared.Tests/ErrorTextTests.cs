using System.Text.RegularExpressions;
using Suite.GrpcServer.Errors;
using Suite.TestSupport;
using Xunit;

namespace Suite.Shared.Tests;

/// <summary>Every precondition, refusal and field rule a service can answer with is told in Chinese: it has an entry (or a pattern) in ErrorText.resx.</summary>
public sealed partial class ErrorTextTests
{
    private static IEnumerable<string> Sources => new[] { "services", "shared" }
        .SelectMany(dir => Directory.EnumerateFiles(Path.Combine(Repository.Root, dir), "*.cs", SearchOption.AllDirectories))
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}"));

    [Fact]
    public void Every_precondition_format_in_the_code_has_its_Chinese()
    {
        var formats = Sources.SelectMany(f => Calls().Matches(File.ReadAllText(f)))
            .SelectMany(call => Literals().Matches(call.Groups[1].Value).Select(l => Regex.Unescape(l.Groups[1].Value)))
            .Where(l => l.Contains(' ') && l.EndsWith('.'))
            .Distinct().ToList();
        Assert.True(formats.Count >= 5, $"only {formats.Count} formats found: is the pattern still right?");
        Assert.Equal([], formats.Where(f => ErrorText.Formatted(f, [], ErrorText.ChineseLocale) is null).ToList());
    }

    [Fact]
    public void Every_field_rule_in_the_code_has_its_Chinese()
    {
        // The description of a field violation written as a plain literal: Require(valid, "field", "rule"),
        // ValidationFailedException.For("field", "rule"), errors.Add("field", "rule"). Rules with values filled in
        // ($"…") are matched by the patterns in ErrorText and are not found here.
        var rules = Sources.SelectMany(f => FieldRules().Matches(File.ReadAllText(f)).Select(m => Regex.Unescape(m.Groups[1].Value)))
            .Distinct().ToList();
        Assert.True(rules.Count >= 50, $"only {rules.Count} rules found: is the pattern still right?");
        Assert.Equal([], rules.Where(r => ErrorText.Violation("x", r, ErrorText.ChineseLocale) == "x " + r).ToList());
    }

    [Fact]
    public void Every_permission_refusal_in_the_code_has_its_Chinese()
    {
        var formats = Sources.SelectMany(f => Denials().Matches(File.ReadAllText(f)).Select(m => Regex.Unescape(m.Groups[1].Value))).Distinct().ToList();
        Assert.NotEmpty(formats);
        Assert.Equal([], formats.Where(f => ErrorText.Formatted(f, [], ErrorText.ChineseLocale) is null).ToList());
    }

    [GeneratedRegex(@"(?:Require\([^;]*?,\s*""[^""]*"",\s*|ValidationFailedException\.For\(\s*""[^""]*"",\s*|\.Add\(\s*""[^""]*"",\s*)""((?:[^""\\{]|\\.)*)""\)", RegexOptions.Singleline)]
    private static partial Regex FieldRules();

    [GeneratedRegex(@"new AccessDeniedException\(\s*""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Denials();

    // The first argument of the constructor, up to the first value that follows the format (a ternary of two formats included).
    [GeneratedRegex(@"new PreconditionFailedException\(([^;]*?""\s*(?:,|\)))", RegexOptions.Singleline)]
    private static partial Regex Calls();

    [GeneratedRegex(@"""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Literals();
}
