using System.Net;
using Grpc.Health.V1;

namespace Suite.Registry.FunctionalTests;

public sealed class HealthTests(OwnRedisRegistryFactory registry) : IClassFixture<OwnRedisRegistryFactory>
{
    [Fact]
    public async Task Ready_when_the_database_answers_and_degraded_but_serving_without_Redis()
    {
        var http = registry.CreateClient();
        http.DefaultRequestVersion = HttpVersion.Version20;
        http.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact;
        var health = new Health.HealthClient(registry.Channel);

        Assert.Contains("\"status\":\"Healthy\"", await http.GetStringAsync("/health"));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/alive")).StatusCode);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest())).Status);

        registry.Redis.Stop();
        try
        {
            var response = await http.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("\"status\":\"Degraded\"", await response.Content.ReadAsStringAsync());
            // Still serving: the grpc.health.v1 service publishes results periodically; a direct call reflects the last one.
            await registry.Women.CreateWomanAsync(SampleForms.Create());
        }
        finally
        {
            registry.Redis.Start();
        }
    }

    [Fact]
    public async Task Reflection_lists_the_registry_services()
    {
        var reflection = new global::Grpc.Reflection.V1Alpha.ServerReflection.ServerReflectionClient(registry.Channel);
        using var call = reflection.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new global::Grpc.Reflection.V1Alpha.ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext());
        var names = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("suite.registry.v1.WomenService", names);
        Assert.Contains("grpc.health.v1.Health", names);
    }
}
