using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Suite.Contracts;
using Suite.Contracts.Registry.V1;
using Suite.TestSupport;
using Xunit;

namespace Suite.EndToEnd.Tests;

/// <summary>
/// <c>--replicas 2</c> (the collection's app host): two instances of every service behind the app host's proxy, both
/// listed, both reached, and one database and one Redis under them so that a create sent twice is one record.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class ReplicaTests(SuiteAppHost suite)
{
    [Fact]
    public async Task Every_service_shows_two_running_healthy_instances_in_the_resource_table()
    {
        // The table follows Aspire's events: read it until it has caught up with the instances the fixture waited for.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        Dictionary<string, JsonElement> rows;
        while (!AllUp(rows = ReadResourceTable()))
        {
            Assert.True(DateTime.UtcNow < deadline, "resources.json does not show every instance running and healthy within 60 s");
            await Task.Delay(500);
        }
        foreach (var service in SuiteAppHost.Services)
        {
            var row = rows[service];
            var replicas = row.GetProperty("replicas").EnumerateArray().ToList();
            Assert.Equal(SuiteAppHost.Replicas, replicas.Count);
            Assert.All(replicas, r => Assert.StartsWith(service + "-", r.GetProperty("id").GetString()));
            Assert.Equal(replicas.Count, replicas.Select(r => r.GetProperty("pid").GetInt32()).Distinct().Count());
            Assert.Equal(replicas.Count, replicas.Select(r => r.GetProperty("direct").GetString()).Distinct().Count());
            // The row itself names one of the instances and the app host's endpoint, which is neither of theirs.
            Assert.Contains(row.GetProperty("pid").GetInt32(), replicas.Select(r => r.GetProperty("pid").GetInt32()));
            Assert.Contains(row.GetProperty("direct").GetString(), replicas.Select(r => r.GetProperty("direct").GetString()));
            Assert.Equal(suite.App.GetEndpoint(service, "http").ToString().TrimEnd('/'), row.GetProperty("endpoint").GetString()!.TrimEnd('/'));
            Assert.DoesNotContain(row.GetProperty("endpoint").GetString(), replicas.Select(r => r.GetProperty("direct").GetString()));
        }
        Assert.Single(rows[ResourceNames.Console].GetProperty("replicas").EnumerateArray());
    }

    [Fact]
    public async Task Each_registry_instance_reads_what_the_other_wrote_and_calls_through_the_app_host_reach_both()
    {
        var admin = suite.Token("civil-affairs", "admin");
        var instances = await suite.WaitForInstancesAsync(ResourceNames.Registry);
        var first = new WomenService.WomenServiceClient(suite.InstanceChannel(instances[0], admin));
        var second = new WomenService.WomenServiceClient(suite.InstanceChannel(instances[1], admin));

        var fromFirst = await first.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(name: "欧阳春燕")));
        var fromSecond = await second.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(name: "欧阳秋菊")));
        Assert.Equal(fromFirst.Name, (await second.GetWomanAsync(new GetWomanRequest { Id = fromFirst.Id })).Name);
        Assert.Equal(fromSecond.Name, (await first.GetWomanAsync(new GetWomanRequest { Id = fromSecond.Id })).Name);

        // Through the app host's endpoint, each call on a new connection: DCP's proxy spreads connections over the
        // instances, and each instance's log shows the requests it served (ASP.NET Core's request lines, switched on
        // for the E2E services by the fixture).
        const int calls = 12;
        var before = await Task.WhenAll(instances.Select(i => CountRequestsAsync(i, GetWomanPath)));
        for (var call = 0; call < calls; call++)
        {
            using var handler = new SocketsHttpHandler();
            using var channel = Grpc.Net.Client.GrpcChannel.ForAddress(suite.App.GetEndpoint(ResourceNames.Registry, "http"), new Grpc.Net.Client.GrpcChannelOptions
            {
                HttpHandler = new BearerTokenHandler(admin) { InnerHandler = handler },
            });
            await new WomenService.WomenServiceClient(channel).GetWomanAsync(new GetWomanRequest { Id = fromFirst.Id });
        }
        var deadline = DateTime.UtcNow.AddSeconds(60);
        int[] served;
        while ((served = [.. (await Task.WhenAll(instances.Select(i => CountRequestsAsync(i, GetWomanPath)))).Select((n, i) => n - before[i])]).Sum() < calls)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the instances' logs show {served.Sum()} of {calls} calls within 60 s");
            await Task.Delay(500);
        }
        Assert.All(served, n => Assert.True(n > 0, $"one instance served no call: {string.Join(", ", served)}"));
    }

    [Fact]
    public async Task One_create_sent_to_both_instances_at_once_makes_one_woman()
    {
        var admin = suite.Token("civil-affairs", "admin");
        var instances = await suite.WaitForInstancesAsync(ResourceNames.Registry);
        var clients = instances.Select(i => new WomenService.WomenServiceClient(suite.InstanceChannel(i, admin))).ToList();
        var request = SampleForms.Create(SampleForms.Woman(name: "司马双娥"));

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(n => clients[n % clients.Count].CreateWomanAsync(request).ResponseAsync));

        Assert.Single(answers.Select(a => a.Id).Distinct());
        var listed = await new WomenService.WomenServiceClient(suite.Channel(ResourceNames.Registry, admin))
            .ListWomenAsync(new ListWomenRequest { Filter = new WomenFilter { AreaCode = SampleForms.County, NamePrefix = "司马双娥" }, PageSize = 50 });
        Assert.Equal(answers[0].Id, Assert.Single(listed.Women).Id);
    }

    private const string GetWomanPath = "/suite.registry.v1.WomenService/GetWoman";

    // The "Request starting … /path" lines in one instance's log, as Aspire keeps it.
    private async Task<int> CountRequestsAsync(ResourceEvent instance, string path)
    {
        var count = 0;
        await foreach (var batch in suite.App.Services.GetRequiredService<ResourceLoggerService>().GetAllAsync(instance.ResourceId))
        {
            count += batch.Count(l => l.Content.Contains("Request starting", StringComparison.Ordinal) && l.Content.Contains(path, StringComparison.Ordinal));
        }
        return count;
    }

    private Dictionary<string, JsonElement> ReadResourceTable()
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(suite.DataDirectory, "apphost", "resources.json")));
            return document.RootElement.GetProperty("resources").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!, r => r.Clone());
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            return [];
        }
    }

    private static bool AllUp(Dictionary<string, JsonElement> rows) => SuiteAppHost.Services.All(service =>
        rows.TryGetValue(service, out var row)
        && row.GetProperty("state").GetString() == KnownResourceStates.Running && row.GetProperty("health").GetString() == "Healthy"
        && row.GetProperty("replicas").EnumerateArray().Count(r => r.GetProperty("state").GetString() == KnownResourceStates.Running
            && r.GetProperty("health").GetString() == "Healthy") == SuiteAppHost.Replicas);
}
