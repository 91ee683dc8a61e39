using System.Diagnostics;
using Grpc.Core;
using Suite.Contracts;
using Suite.Contracts.Registry.V1;
using Suite.TestSupport;
using Xunit;

namespace Suite.EndToEnd.Tests;

/// <summary>The security rules on the default run under the app host, with its development keys and tokens.</summary>
[Collection(SuiteCollection.Name)]
public sealed class SecurityTests(SuiteAppHost suite)
{
    [Fact]
    public async Task A_call_without_a_token_or_with_a_forged_one_is_unauthenticated()
    {
        var anonymous = new WomenService.WomenServiceClient(suite.Channel(ResourceNames.Registry, null));
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => anonymous.GetStatisticsAsync(new GetStatisticsRequest()).ResponseAsync);
        var forged = new WomenService.WomenServiceClient(suite.Channel(ResourceNames.Registry, suite.Token("civil-affairs", "admin")[..^4] + "AAAA"));
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => forged.ListWomenAsync(new ListWomenRequest()).ResponseAsync);
    }

    [Fact]
    public async Task The_village_token_sees_only_its_village_with_masked_id_numbers()
    {
        var village = new WomenService.WomenServiceClient(suite.Channel(ResourceNames.Registry, suite.Token("civil-affairs", "village-staff")));
        var list = await village.ListWomenAsync(new ListWomenRequest { PageSize = 500 });
        Assert.NotEmpty(list.Women);
        Assert.All(list.Women, w => Assert.Equal(SampleForms.RuralVillage, w.VillageCode));
        Assert.All(list.Women, w => Assert.Contains("********", w.ResidentIdNumber));
    }

    [Fact]
    public async Task A_read_of_a_womans_record_is_in_the_audit_log()
    {
        var women = new WomenService.WomenServiceClient(suite.Channel(ResourceNames.Registry, suite.Token("civil-affairs", "admin")));
        var first = (await women.ListWomenAsync(new ListWomenRequest { PageSize = 1 })).Women.Single();
        await women.GetWomanAsync(new GetWomanRequest { Id = first.Id });
        var auditor = new Suite.Contracts.Common.V1.AuditService.AuditServiceClient(suite.Channel(ResourceNames.Registry, suite.Token("civil-affairs", "auditor")));
        var records = await auditor.QueryAuditRecordsAsync(new Suite.Contracts.Common.V1.QueryAuditRecordsRequest { Resource = $"woman:{first.Id}" });
        Assert.Contains(records.Records, r => r.Action.EndsWith("/GetWoman") && r.Subject == "local:civil-affairs:admin");
    }

    [Fact]
    public void The_sample_id_numbers_are_not_in_the_database_file()
    {
        var sampleIds = File.ReadLines(Path.Combine(Repository.Root, "services", "Registry", "SampleData", "women.csv")).Skip(1)
            .Select(line => line.Split(',')[6]).ToList();
        var bytes = DatabaseFile.RawText(Path.Combine(suite.DataDirectory, ResourceNames.RegistryDb + ".db"));
        Assert.NotEmpty(bytes);
        Assert.DoesNotContain(sampleIds, id => bytes.Contains(id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_service_refuses_the_local_signing_key_in_Production()
    {
        var start = new ProcessStartInfo("dotnet", [Repository.ServiceAssembly("Registry", "Suite.Registry")])
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
