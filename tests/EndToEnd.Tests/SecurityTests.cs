using System.Diagnostics;
using Grpc.Core;
using Suite.Contracts;
using Suite.Contracts.Registry.V1;
using Suite.TestSupport;
using Xunit;

namespace Suite.EndToEnd.Tests;

/// <summary>The security issue's "done when", checked on the default run under the AppHost.</summary>
public sealed class SecurityTests
{
    [Fact]
    public async Task On_the_default_run_tokens_are_required_scope_holds_and_the_database_file_holds_no_plain_identifiers()
    {
        await using var suite = RunningSuite.Start();
        var registry = await suite.WaitForAsync(ResourceNames.Registry, r => r is { State: "Running", Health: "Healthy" });

        // No token, or a token that is not ours: refused.
        using (var anonymous = SuiteClient.Channel(registry.Endpoint, null))
        {
            var ex = await Assert.ThrowsAsync<RpcException>(() => new WomenService.WomenServiceClient(anonymous).GetStatisticsAsync(new GetStatisticsRequest()).ResponseAsync);
            Assert.Equal(StatusCode.Unauthenticated, ex.StatusCode);
        }
        using (var forged = SuiteClient.Channel(registry.Endpoint, SuiteClient.Token(suite, "civil-affairs", "admin")[..^4] + "AAAA"))
        {
            var ex = await Assert.ThrowsAsync<RpcException>(() => new WomenService.WomenServiceClient(forged).ListWomenAsync(new ListWomenRequest()).ResponseAsync);
            Assert.Equal(StatusCode.Unauthenticated, ex.StatusCode);
        }

        // The village token sees only its village.
        using (var village = SuiteClient.Channel(registry.Endpoint, SuiteClient.Token(suite, "civil-affairs", "village-staff")))
        {
            var list = await new WomenService.WomenServiceClient(village).ListWomenAsync(new ListWomenRequest { PageSize = 500 });
            Assert.NotEmpty(list.Women);
            Assert.All(list.Women, w => Assert.Equal("231025100201", w.VillageCode));
            Assert.All(list.Women, w => Assert.Contains("********", w.ResidentIdNumber));
        }

        // Every read of a woman's record appears in the audit log.
        using (var admin = SuiteClient.Channel(registry.Endpoint, SuiteClient.Token(suite, "civil-affairs", "admin")))
        {
            var women = new WomenService.WomenServiceClient(admin);
            var first = (await women.ListWomenAsync(new ListWomenRequest { PageSize = 1 })).Women.Single();
            await women.GetWomanAsync(new GetWomanRequest { Id = first.Id });
            using var auditor = SuiteClient.Channel(registry.Endpoint, SuiteClient.Token(suite, "civil-affairs", "auditor"));
            var records = await new Suite.Contracts.Common.V1.AuditService.AuditServiceClient(auditor)
                .QueryAuditRecordsAsync(new Suite.Contracts.Common.V1.QueryAuditRecordsRequest { Resource = $"woman:{first.Id}" });
            Assert.Contains(records.Records, r => r.Action.EndsWith("/GetWoman") && r.Subject == "local:civil-affairs:admin");
        }

        // The sample data's ID numbers are not in the database file (nor in its WAL).
        var sampleIds = File.ReadLines(Path.Combine(Repository.Root, "services", "Registry", "SampleData", "women.csv")).Skip(1)
            .Select(line => line.Split(',')[6]).ToList();
        var bytes = DatabaseFile.RawText(Path.Combine(suite.DataDirectory, ResourceNames.RegistryDb + ".db"));
        Assert.DoesNotContain(sampleIds, id => bytes.Contains(id, StringComparison.Ordinal));
        var exitCode = await suite.InterruptAsync();
        Assert.True(exitCode == 0, $"AppHost exited with {exitCode}:\n{suite.Output[^Math.Min(4000, suite.Output.Length)..]}");
    }

    [Fact]
    public async Task A_service_refuses_the_local_signing_key_in_Production()
    {
        var start = new ProcessStartInfo("dotnet", [RunningSuite.ServiceAssembly("Registry", "Suite.Registry")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                ["Authentication__Jwt__SigningKeys__local"] = Convert.ToBase64String(new byte[32]),
                ["ConnectionStrings__registrydb"] = $"Data Source={Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".db")}",
            },
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token);
        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("local development signing key is refused in Production", await error + await output);
    }
}
