using System.CommandLine;
using System.Text.RegularExpressions;
using Suite.Cli;
using Suite.Cli.Infrastructure;

namespace Suite.Registry.FunctionalTests.Cli;

/// <summary>The CLI speaks Chinese by default and English on request: help, headings, messages and errors.</summary>
public sealed partial class CliLanguageTests : IDisposable
{
    private readonly CliRunner _cli = new(() => new SocketsHttpHandler(), TimeProvider.System, "--registry", "http://127.0.0.1:1");

    public void Dispose() => _cli.Dispose();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [Fact]
    public void Every_help_text_is_in_Chinese_by_default()
    {
        Words.Choose(lang: null, locale: null);
        var root = SuiteCli.Build(_cli.Context());
        var english = Symbols(root).Where(s => s.Description is { Length: > 0 } d && !Chinese().IsMatch(d)).Select(s => $"{s.Name}: {s.Description}").ToList();
        Assert.Empty(english);
    }

    [Fact]
    public void Every_text_the_code_shows_has_its_Chinese()
    {
        var root = Path.Combine(Repository.Root, "tools", "Suite.Cli");
        var keys = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => Keys().Matches(File.ReadAllText(f)).Select(m => Regex.Unescape(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)))
            .Distinct().ToList();
        Assert.True(keys.Count > 50, $"only {keys.Count} texts found: is the pattern still right?");
        Assert.Equal([], keys.Where(k => !Words.IsTranslated(k)).ToList());
    }

    [GeneratedRegex(@"Words\.[TF]\(\s*""((?:[^""\\]|\\.)*)""|(?:Section|Field)\(""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Keys();

    [Fact]
    public async Task Errors_are_Chinese_by_default_and_English_with_lang_en()
    {
        var chinese = await _cli.RunAsync("women", "list", "--priority", "很高", "--token", TestTokens.CountyOfficer);
        Assert.Equal(1, chinese.ExitCode);
        Assert.StartsWith("错误：--priority：“很高”不是可选值之一：一般/关注/重点", chinese.Error);

        var english = await _cli.RunAsync("women", "list", "--priority", "very-high", "--token", TestTokens.CountyOfficer, "--lang", "en");
        Assert.StartsWith("error: --priority: 'very-high' is not one of 一般/关注/重点 (or routine, attention, priority)", english.Error);

        var bad = await _cli.RunAsync("women", "list", "--lang", "fr");
        Assert.NotEqual(0, bad.ExitCode);
    }

    [Theory]
    [InlineData("错误：缺少要执行的子命令", "women")]
    [InlineData("错误：“abc”不是整数", "women", "get", "abc")]
    [InlineData("错误：必须填写选项 --visitor", "visits", "record", "--woman", "1")]
    [InlineData("错误：这里没有“lisst”这个命令或选项", "women", "lisst")]
    [InlineData("错误：“notaurl”不是 --registry 的地址", "--registry", "notaurl", "women", "get", "1")]
    public async Task The_parsers_complaints_and_a_bad_address_are_one_Chinese_line_each(string expected, params string[] args)
    {
        using var cli = args.Contains("--registry") ? new CliRunner(() => new SocketsHttpHandler(), TimeProvider.System) : null;
        var (code, output, error) = await (cli ?? _cli).RunAsync([.. args, "--token", TestTokens.CountyOfficer]);
        Assert.Equal(1, code);
        Assert.StartsWith(expected, error);
        Assert.DoesNotContain("Exception", error);
        Assert.DoesNotContain("。.", error);
        Assert.Equal("", output);
    }

    [Fact]
    public async Task An_unreachable_service_is_named_with_its_address()
    {
        var (code, _, error) = await _cli.RunAsync("women", "list", "--token", TestTokens.CountyOfficer);
        Assert.Equal(2, code);
        Assert.Contains("台账服务（http://127.0.0.1:1）没有响应", error);
        var english = await _cli.RunAsync("women", "list", "--token", TestTokens.CountyOfficer, "--lang", "en");
        Assert.Contains("registry at http://127.0.0.1:1 is not answering", english.Error);
    }

    private static IEnumerable<Symbol> Symbols(Command command) =>
        new Symbol[] { command }.Concat(command.Options).Concat(command.Arguments).Concat(command.Subcommands.SelectMany(Symbols));
}
