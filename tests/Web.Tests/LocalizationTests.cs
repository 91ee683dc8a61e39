using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Suite.Contracts.Registry.V1;
using Suite.Ledger;
using Suite.Web.Localization;
using Xunit;

namespace Suite.Web.Tests;

/// <summary>The console in two languages: every Chinese word has its English, the switch only goes back to this site.</summary>
public sealed partial class LocalizationTests
{
    private static readonly ResourceManager Words = new(typeof(ConsoleText));

    [GeneratedRegex(@"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")]
    private static partial Regex Cjk();

    private static IReadOnlyList<string> ChineseKeys() =>
        Words.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key).ToList();

    [Fact]
    public void Every_Chinese_word_has_English_without_Chinese_characters()
    {
        var keys = ChineseKeys();
        Assert.True(keys.Count > 300, $"only {keys.Count} words");
        var english = CultureInfo.GetCultureInfo(ConsoleCulture.English);
        var missing = keys.Where(k => Words.GetString(k, english) is not { } e || string.IsNullOrWhiteSpace(e) || e == k).ToList();
        Assert.True(missing.Count == 0, "no English for: " + string.Join(" | ", missing));
        var chinese = keys.Where(k => Cjk().IsMatch(Words.GetString(k, english)!)).ToList();
        Assert.True(chinese.Count == 0, "Chinese left in the English of: " + string.Join(" | ", chinese));
    }

    [Fact]
    public void Every_format_keeps_its_placeholders_in_English()
    {
        var english = CultureInfo.GetCultureInfo(ConsoleCulture.English);
        foreach (var key in ChineseKeys())
        {
            var holes = Regex.Matches(key, @"\{\d+\}").Select(m => m.Value).Order();
            Assert.Equal(holes, Regex.Matches(Words.GetString(key, english)!, @"\{\d+\}").Select(m => m.Value).Order());
        }
    }

    [Fact]
    public void Every_word_a_page_asks_for_is_in_the_resources()
    {
        var keys = ChineseKeys().ToHashSet();
        var web = Path.Combine(RepositoryRoot(), "web");
        var asked = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"\b(?:T|text)\[""((?:[^""\\]|\\.)*)""").Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal))))
            .ToList();
        Assert.True(asked.Count > 300, $"only {asked.Count} words asked for");
        var unknown = asked.Where(a => !keys.Contains(a.Key)).Select(a => $"{a.File}: {a.Key}").Distinct().ToList();
        Assert.True(unknown.Count == 0, "not in ConsoleText.resx: " + string.Join(" | ", unknown));
    }

    [Theory]
    [InlineData("https://elsewhere.example/women")]
    [InlineData("//elsewhere.example/women")]
    [InlineData("/\\elsewhere.example")]
    [InlineData("")]
    [InlineData(null)]
    public void The_switch_goes_back_only_to_a_page_of_this_site(string? back)
    {
        var http = new DefaultHttpContext();
        var result = Assert.IsType<RedirectHttpResult>(ConsoleCulture.Set(http, "en", back));
        Assert.Equal("/", result.Url);
        Assert.Contains(".AspNetCore.Culture=c%3Den%7Cuic%3Den", http.Response.Headers.SetCookie.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_switch_keeps_the_page_and_knows_only_its_two_languages()
    {
        var http = new DefaultHttpContext();
        var result = Assert.IsType<RedirectHttpResult>(ConsoleCulture.Set(http, "fr", "/women?page=2"));
        Assert.Equal("/women?page=2", result.Url);
        Assert.Contains(".AspNetCore.Culture=c%3Dzh-CN%7Cuic%3Dzh-CN", http.Response.Headers.SetCookie.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_enum_value_is_its_Chinese_label_or_its_humanized_English_name()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(ConsoleCulture.Chinese);
        Assert.Equal("法律", LedgerLabels.Need.Shown(Need.Legal));
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(ConsoleCulture.English);
        Assert.Equal("Legal", LedgerLabels.Need.Shown(Need.Legal));
        Assert.Equal("Out of province", LedgerLabels.WorkPlace.Shown(HusbandWorkPlace.OutOfProvince));
        Assert.Equal("", LedgerLabels.Need.Shown(Need.Unspecified));
        Assert.DoesNotContain(LedgerLabels.Priority.AllShown(), p => Cjk().IsMatch(p.Label));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Suite.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Suite.sln not found above " + AppContext.BaseDirectory);
    }
}
