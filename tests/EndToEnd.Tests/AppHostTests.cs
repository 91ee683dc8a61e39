using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Suite.Contracts;
using Suite.Contracts.Assistance.V1;
using Suite.Contracts.Registry.V1;
using Suite.Security;
using Suite.Security.Tokens;
using Suite.TestSupport;
using Xunit;
using HealthStatus = Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus;

namespace Suite.EndToEnd.Tests;

/// <summary>The app host's topology at work: health, a call across services, an event across Redis.</summary>
[Collection(SuiteCollection.Name)]
public sealed class AppHostTests(SuiteAppHost suite)
{
    [Theory]
    [InlineData(ResourceNames.Cache)]
    [InlineData(ResourceNames.Registry)]
    [InlineData(ResourceNames.Assistance)]
    [InlineData(ResourceNames.LegalAid)]
    [InlineData(ResourceNames.Employment)]
    [InlineData(ResourceNames.FamilyEducation)]
    [InlineData(ResourceNames.Supervision)]
    [InlineData(ResourceNames.Console)]
    public async Task Every_resource_runs_and_reports_healthy(string resource)
    {
        var state = await suite.WaitForAsync(resource, e => e.Snapshot.HealthStatus == HealthStatus.Healthy);
        Assert.Equal(KnownResourceStates.Running, state.Snapshot.State?.Text);
    }

    [Fact]
    public async Task A_call_through_assistance_reaches_the_registry_with_the_callers_token()
    {
        var officer = suite.Token("civil-affairs", "county-officer");
        var woman = await new WomenService.WomenServiceClient(suite.Channel(ResourceNames.Registry, officer))
            .CreateWomanAsync(SampleForms.Create());

        var application = await new ApplicationService.ApplicationServiceClient(suite.Channel(ResourceNames.Assistance, officer))
            .CreateApplicationAsync(new CreateApplicationRequest { RequestId = "e2e-token", WomanId = woman.Id, ProgrammeCode = "mothers-health-express" });
        Assert.Equal((woman.Id, woman.VillageCode), (application.WomanId, application.VillageCode));

        // An officer of another county is refused by the Registry, which sees her token, not Assistance's.
        var stranger = new LocalTokenIssuer(LocalSecretsFile.Read(suite.DataDirectory)!.SigningKey)
            .Mint("local:other-county", "穆棱市干部", "civil-affairs", "county-officer", SampleForms.OtherCounty, TimeSpan.FromHours(1));
        var refused = new ApplicationService.ApplicationServiceClient(suite.Channel(ResourceNames.Assistance, stranger));
        await RpcAssert.FailsWith(StatusCode.NotFound, () => refused.CreateApplicationAsync(
            new CreateApplicationRequest { RequestId = "e2e-stranger", WomanId = woman.Id, ProgrammeCode = "mothers-health-express" }).ResponseAsync);
    }

    [Fact]
    public async Task A_registry_event_reaches_assistance_through_redis()
    {
        var admin = suite.Token("civil-affairs", "admin");
        var form = SampleForms.Woman();
        form.EconomicStatus = EconomicStatus.MinimumAllowance; // makes her a priority woman: the Registry publishes it
        var woman = await new WomenService.WomenServiceClient(suite.Channel(ResourceNames.Registry, admin))
            .CreateWomanAsync(SampleForms.Create(form));

        var referrals = new Suite.Contracts.Common.V1.ReferralService.ReferralServiceClient(suite.Channel(ResourceNames.Assistance, admin));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(await referrals.ListInboxAsync(new Suite.Contracts.Common.V1.ListReferralsRequest { WomanId = woman.Id, PageSize = 500 })).Referrals.Any())
        {
            Assert.True(DateTime.UtcNow < deadline, "no referral within 60 s");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task The_start_says_once_when_all_is_healthy_with_no_error_and_no_resource_chatter()
    {
        // The announcement follows the health checks the fixture already waited for: give it a moment.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!suite.Log.Lines.Any(IsReadyLine))
        {
            Assert.True(DateTime.UtcNow < deadline, "no 全部就绪 line within 30 s of every resource being healthy");
            await Task.Delay(200);
        }
        var lines = suite.Log.Lines.ToList();
        var start = lines.TakeWhile(l => !IsReadyLine(l)).ToList();
        var ready = Assert.Single(lines, IsReadyLine);

        Assert.Contains(suite.App.GetEndpoint(ResourceNames.Console, "http").ToString().TrimEnd('/'), ready.Message);
        Assert.Contains(Path.Combine(suite.DataDirectory, "tokens"), ready.Message);
        // A normal start logs nothing at error level (a migrating service reports itself as starting, not unhealthy)…
        // Kestrel's heartbeat warning speaks of this machine (sixteen processes starting on two shared cores), not of
        // the suite: its two lines are left out.
        var errors = start.Where(l => l.Level >= LogLevel.Error && !IsHeartbeatWarning(l)).Select(l => $"{l.Category}: {l.Message}").ToList();
        Assert.True(errors.Count == 0, "errors at start:\n" + string.Join("\n", errors));
        // …and the terminal carries the resources' warnings and errors only: their information lines stay on the dashboard.
        var resources = suite.App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Select(r => r.Name).ToHashSet();
        Assert.DoesNotContain(start, l => l.Level < LogLevel.Warning && l.Category.StartsWith("Suite.AppHost.Resources.", StringComparison.Ordinal)
            && resources.Contains(l.Category["Suite.AppHost.Resources.".Length..]));
    }

    private static bool IsReadyLine(RecordedLog.Line line) => line.Message.StartsWith("全部就绪", StringComparison.Ordinal);

    // "warn: Microsoft.AspNetCore.Server.Kestrel[22]" (HeartbeatSlow) and its message line.
    private static bool IsHeartbeatWarning(RecordedLog.Line line) =>
        line.Message.Contains("Microsoft.AspNetCore.Server.Kestrel[22]", StringComparison.Ordinal)
        || line.Message.Contains("the heartbeat has been running for", StringComparison.Ordinal);
}
