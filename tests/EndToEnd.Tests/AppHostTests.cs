using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.ServiceDefaults.Clients;
using Suite.Contracts;
using Suite.Contracts.Registry.V1;
using Suite.TestSupport;
using Xunit;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.EndToEnd.Tests;

public sealed class AppHostTests
{
    [Fact]
    public async Task The_AppHost_runs_the_registry_with_sample_data_restarts_it_after_a_crash_and_stops_cleanly()
    {
        await using var suite = RunningSuite.Start();
        var registry = await suite.WaitForAsync(ResourceNames.Registry, r => r is { State: "Running", Health: "Healthy" });
        var cache = suite.Resources().Single(r => r.Name == ResourceNames.Cache);

        var admin = SuiteClient.Token(suite, "civil-affairs", "admin");
        using (var channel = SuiteClient.Channel(registry.Endpoint, admin))
        {
            var women = new WomenService.WomenServiceClient(channel);
            var stats = await women.GetStatisticsAsync(new GetStatisticsRequest());
            Assert.Equal(60, stats.Total); // the sample survey

            var created = await women.CreateWomanAsync(new CreateWomanRequest { RequestId = "e2e-1", Woman = Form() });
            var changed = created.Clone();
            changed.Phone = "13900139000";
            var updated = await women.UpdateWomanAsync(new UpdateWomanRequest { Woman = changed, Reason = "e2e", RecordedBy = "test" });
            Assert.Equal("2", updated.Etag);
            Assert.Equal("139****9000", (await women.GetWomanAsync(new GetWomanRequest { Id = created.Id })).Phone);

            // Assistance finds the Registry by name (services__registry__http__0) and forwards the caller's token.
            var assistance = await suite.WaitForAsync(ResourceNames.Assistance, r => r is { State: "Running", Health: "Healthy" });
            using var assistanceChannel = SuiteClient.Channel(assistance.Endpoint, admin);
            var application = await new Suite.Contracts.Assistance.V1.ApplicationService.ApplicationServiceClient(assistanceChannel)
                .CreateApplicationAsync(new Suite.Contracts.Assistance.V1.CreateApplicationRequest { RequestId = "e2e-app", WomanId = created.Id, ProgrammeCode = "mothers-health-express" });
            Assert.Equal((created.Id, created.VillageCode), (application.WomanId, application.VillageCode));
            Assert.True(application.Eligible); // she is left-behind

            // Flagging a woman priority in the Registry produces a referral in Assistance (outbox, Redis stream, consumer group).
            var flagged = Form();
            flagged.EconomicStatus = EconomicStatus.MinimumAllowance;
            var priority = await women.CreateWomanAsync(new CreateWomanRequest { RequestId = "e2e-priority", Woman = flagged });
            var referrals = new Suite.Contracts.Assistance.V1.ReferralService.ReferralServiceClient(assistanceChannel);
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!(await referrals.ListReferralsAsync(new Suite.Contracts.Assistance.V1.ListReferralsRequest())).Referrals.Any(r => r.WomanId == priority.Id))
            {
                Assert.True(DateTime.UtcNow < deadline, "no referral within 60 s");
                await Task.Delay(200);
            }
        }

        // Another service reaches the registry the way suite services do: by name, through service discovery.
        using (var caller = DiscoveringClient(registry.Endpoint))
        {
            var women = caller.Services.GetRequiredService<WomenService.WomenServiceClient>();
            var headers = new Grpc.Core.Metadata { { "authorization", "Bearer " + admin } };
            Assert.Equal(62, (await women.GetStatisticsAsync(new GetStatisticsRequest(), headers)).Total);
        }

        // A crashed service is restarted by the host, with its data intact.
        RunningSuiteKill(registry.Pid!.Value);
        var restarted = await suite.WaitForAsync(ResourceNames.Registry, r => r is { State: "Running", Health: "Healthy" } && r.Pid != registry.Pid);
        using (var channel = SuiteClient.Channel(restarted.Endpoint, admin))
        {
            var stats = await new WomenService.WomenServiceClient(channel).GetStatisticsAsync(new GetStatisticsRequest());
            Assert.Equal(62, stats.Total);
        }

        var exitCode = await suite.InterruptAsync();
        Assert.True(exitCode == 0, $"AppHost exited with {exitCode}:\n{suite.Output[^Math.Min(4000, suite.Output.Length)..]}");
        Assert.False(RunningSuite.IsAlive(restarted.Pid!.Value), "the registry process outlived the host");
        Assert.False(RunningSuite.IsAlive(cache.Pid!.Value), "redis-server outlived the host");
        Assert.Contains("[registry", suite.Output); // service output is prefixed with its name
    }

    /// <summary>A host configured as the AppHost configures a service that references the registry.</summary>
    private static IHost DiscoveringClient(string registryEndpoint)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration[$"services:{ResourceNames.Registry}:http:0"] = registryEndpoint;
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http => http.AddServiceDiscovery());
        builder.AddSuiteGrpcClient<WomenService.WomenServiceClient>(ResourceNames.Registry);
        return builder.Build();
    }

    private static void RunningSuiteKill(int pid) => System.Diagnostics.Process.GetProcessById(pid).Kill();

    private static Woman Form() => new()
    {
        Name = "端到端", ResidentIdNumber = TestIdentities.NextFemaleId(), Phone = "13800138000", VillageCode = "231025100201",
        Health = HealthStatus.Healthy, EconomicStatus = EconomicStatus.Ordinary,
        Husband = new Husband { Name = "李建国", WorkPlace = HusbandWorkPlace.OutOfProvince, DepartureDate = new Date { Year = 2025, Month = 1, Day = 1 } },
        CollectedBy = "李春华", CollectedOn = new Date { Year = 2026, Month = 11, Day = 1 },
    };
}
