using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Suite.Security;
using Suite.Security.Tokens;

namespace Suite.Registry.FunctionalTests.Security;

public sealed class AuthenticationTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private static readonly LocalTokenIssuer OtherKey = new(LocalTokenIssuer.NewKey());

    public static TheoryData<string, string> BadTokens() => new()
    {
        { "expired", TestTokens.Issuer.Mint("u", "n", "civil-affairs", "admin", "*", TimeSpan.FromMinutes(5), DateTime.UtcNow.AddHours(-1)) },
        { "not yet valid", TestTokens.Issuer.Mint("u", "n", "civil-affairs", "admin", "*", TimeSpan.FromHours(1), DateTime.UtcNow.AddMinutes(30)) },
        { "wrong issuer", new LocalTokenIssuer(TestTokens.SigningKey, issuer: "someone-else").Mint("u", "n", "civil-affairs", "admin", "*", TimeSpan.FromHours(1)) },
        { "wrong audience", new LocalTokenIssuer(TestTokens.SigningKey, audience: "another-system").Mint("u", "n", "civil-affairs", "admin", "*", TimeSpan.FromHours(1)) },
        { "bad signature", OtherKey.Mint("u", "n", "civil-affairs", "admin", "*", TimeSpan.FromHours(1)) },
        { "not a token", "abc.def.ghi" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_unauthenticated(string why, string token)
    {
        var ex = await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => registry.WomenAs(token).GetStatisticsAsync(new GetStatisticsRequest()).ResponseAsync);
        Assert.False(string.IsNullOrEmpty(why));
        Assert.DoesNotContain("at Suite.", ex.Status.Detail); // no stack trace on the wire
    }

    public static TheoryData<string, string> MalformedClaims() => new()
    {
        { "no area claim", TestTokens.WithClaims(("sub", "u"), ("department", "civil-affairs"), ("role", "county-officer")) },
        { "an empty area", TestTokens.For("civil-affairs", "county-officer", "") },
        { "an area that is no code", TestTokens.For("civil-affairs", "county-officer", "23102") },
        { "nationwide for a county officer", TestTokens.For("civil-affairs", "county-officer", "*") },
        { "no department", TestTokens.WithClaims(("sub", "u"), ("role", "admin"), ("area", "*")) },
        { "an empty role", TestTokens.For("civil-affairs", "", SampleForms.County) },
        { "a malformed department", TestTokens.For("Civil Affairs!", "county-officer", SampleForms.County) },
        { "no subject", TestTokens.WithClaims(("department", "civil-affairs"), ("role", "admin"), ("area", "*")) },
        { "a role claim that is a JSON array", TestTokens.WithPayload("""{"sub":"u","department":"civil-affairs","role":["admin","county-officer"],"area":"*"}""") },
        { "an area claim that is a JSON array", TestTokens.WithPayload("""{"sub":"u","department":"civil-affairs","role":"county-officer","area":["231025","231085"]}""") },
        { "an area claim that is a number", TestTokens.WithPayload("""{"sub":"u","department":"civil-affairs","role":"county-officer","area":231025}""") },
        { "a department claim that is an object", TestTokens.WithPayload("""{"sub":"u","department":{"code":"civil-affairs"},"role":"county-officer","area":"231025"}""") },
    };

    [Theory]
    [MemberData(nameof(MalformedClaims))]
    public async Task A_token_with_a_missing_empty_or_malformed_claim_is_refused_with_the_reason(string why, string token)
    {
        var ex = await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => registry.WomenAs(token).ListWomenAsync(new ListWomenRequest()).ResponseAsync);
        Assert.Contains("claim", ex.Status.Detail + why);
        Assert.Contains("refused", ex.Status.Detail);
    }

    [Fact]
    public async Task Only_an_admin_is_nationwide_and_only_with_the_explicit_area()
    {
        // With "*" the admin sees women of two counties in one list…
        var admin = registry.WomenAs(TestTokens.For("civil-affairs", "admin", "*"));
        var here = await admin.CreateWomanAsync(SampleForms.Create());
        var there = await admin.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(SampleForms.OtherCountyVillage)));
        var seen = new List<long>();
        var token = "";
        do
        {
            var page = await admin.ListWomenAsync(new ListWomenRequest { PageSize = 500, PageToken = token });
            seen.AddRange(page.Women.Select(w => w.Id));
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        Assert.Contains(here.Id, seen);
        Assert.Contains(there.Id, seen);

        // …but an admin whose token names no area, and a county officer who claims "*", are not let in at all.
        foreach (var refused in new[] { TestTokens.For("civil-affairs", "admin", ""), TestTokens.For("civil-affairs", "county-officer", "*") })
        {
            await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => registry.WomenAs(refused).ListWomenAsync(new ListWomenRequest()).ResponseAsync);
        }
    }

    [Fact]
    public async Task Refusals_are_gRPC_statuses_with_a_message_not_bare_HTTP_errors()
    {
        using var client = registry.CreateDefaultClient();
        var path = RawGrpc.PathOf(RegistryMethods.All.First(m => m.Name == "GetWoman"));
        var (unauthenticated, why) = await RawGrpc.SendAsync(client, path, null, new byte[5]);
        Assert.Equal(StatusCode.Unauthenticated, unauthenticated);
        Assert.Contains("bearer token", why);
        var (denied, needs) = await RawGrpc.SendAsync(client, path, TestTokens.Auditor, new byte[5]);
        Assert.Equal(StatusCode.PermissionDenied, denied);
        Assert.Contains("registry.women.read", needs);
    }

    [Fact]
    public async Task Every_method_of_every_service_refuses_a_call_without_a_token()
    {
        foreach (var method in RegistryMethods.All)
        {
            Assert.True(await RawGrpc.CallAsync(registry.CreateDefaultClient(), method, null) == StatusCode.Unauthenticated, RawGrpc.PathOf(method));
        }
    }

    [Fact]
    public async Task Health_is_the_only_anonymous_surface()
    {
        var health = new global::Grpc.Health.V1.Health.HealthClient(registry.ChannelFor(null));
        Assert.Equal(global::Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving, (await health.CheckAsync(new global::Grpc.Health.V1.HealthCheckRequest())).Status);
    }

    [Fact]
    public async Task Ping_answers_any_authenticated_caller_and_nobody_else()
    {
        var ping = (string? token) => new Suite.Contracts.Common.V1.DiagnosticsService.DiagnosticsServiceClient(registry.ChannelFor(token))
            .PingAsync(new Suite.Contracts.Common.V1.PingRequest()).ResponseAsync;
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => ping(null));
        // A role with no Registry permission at all still gets an answer: Ping reads nothing.
        var outsider = TestTokens.For("justice", "clerk-without-grants", SampleForms.County);
        Assert.False(string.IsNullOrEmpty((await ping(outsider)).Service));
    }

    [Fact]
    public void Every_RPC_names_the_permission_it_requires()
    {
        var endpoints = registry.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/suite.", StringComparison.Ordinal) == true)
            .ToList();
        foreach (var method in RegistryMethods.All)
        {
            var endpoint = endpoints.Single(e => e.RoutePattern.RawText == RawGrpc.PathOf(method));
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            Assert.True(policies.Any(p => p?.Contains('.') == true), $"{RawGrpc.PathOf(method)} has no permission");
        }
    }
}
