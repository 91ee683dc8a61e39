using System.Text.RegularExpressions;
using Suite.Contracts;
using Suite.Contracts.Registry.V1;
using Suite.TestSupport;
using Xunit;

namespace Suite.EndToEnd.Tests;

/// <summary>
/// The casework issue's "done when", under the app host and from the command line, as the staff would: a village
/// visit finds a legal need, the referral reaches Legal aid, its handler accepts and closes it, the visit's author sees
/// the outcome, and the case file shows all of it.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed partial class CaseworkFlowTests(SuiteAppHost suite) : IDisposable
{
    private readonly CliRunner _cli = suite.Cli();

    public void Dispose() => _cli.Dispose();

    [GeneratedRegex(@"转介 (\d+) 已发往法律援助")]
    private static partial Regex SentReferral();

    private async Task<string> Run(string token, params string[] args)
    {
        var (code, output, error) = await _cli.RunAsync([.. args, "--token", token]);
        Assert.True(code == 0, $"suite {string.Join(' ', args)}: {error}");
        return output;
    }

    private static async Task<string> Until(Func<Task<string>> run, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var output = await run();
            if (output.Contains(expected, StringComparison.Ordinal))
            {
                return output;
            }
            Assert.True(DateTime.UtcNow < deadline, $"never showed “{expected}”:\n{output}");
            await Task.Delay(500);
        }
    }

    [Fact]
    public async Task A_legal_need_found_on_a_visit_is_met_by_Legal_aid_and_the_case_file_shows_it_all()
    {
        var form = SampleForms.Woman(name: "赵桂兰");
        form.Needs.Clear();
        var woman = await new WomenService.WomenServiceClient(suite.Channel(ResourceNames.Registry, suite.Token("civil-affairs", "admin"))).CreateWomanAsync(SampleForms.Create(form));
        var id = woman.Id.ToString();
        var villageStaff = suite.Token("womens-federation", "village-staff");
        var justice = suite.Token("justice", "county-officer");

        var recorded = await Run(villageStaff, "visits", "record", "--woman", id, "--visitor", "李春华", "--need", "法律", "--risk", "家庭矛盾", "--note", "承包地被占", "--refer");
        Assert.Matches(SentReferral(), recorded);
        Assert.Contains("下次探访日期", recorded);

        // Legal aid's inbox: the referral arrives from the Registry's stream.
        var inbox = await Until(() => Run(justice, "referrals", "inbox", "--service", "法律援助", "--woman", id), "走访发现");
        Assert.Contains("赵桂兰", inbox);
        var received = Regex.Match(inbox, @"│\s*(\d+)\s*│\s*" + id + @"\s*│").Groups[1].Value;
        Assert.NotEqual("", received);
        Assert.Contains("已受理", await Run(justice, "referrals", "accept", "--service", "法律援助", "--id", received));
        Assert.Contains("已办结", await Run(justice, "referrals", "done", "--service", "法律援助", "--id", received, "--outcome", "已帮扶"));

        // The visit's author sees the outcome on what the Registry sent.
        var sent = await Until(() => Run(villageStaff, "referrals", "sent", "--service", "妇女台账", "--woman", id), "已办结：已帮扶");
        Assert.Contains("法律援助", sent);

        // Her case file: the card, the visit in the Registry's section, the referral done in Legal aid's.
        var file = await Run(justice, "women", "case", id);
        Assert.Contains("赵桂兰", file);
        Assert.Contains("探访（入户，李春华）", file);
        Assert.Contains("转入自妇女台账", file);
        Assert.Contains("已办结，已帮扶", file);
        Assert.DoesNotContain("无法连接", file);
    }
}
