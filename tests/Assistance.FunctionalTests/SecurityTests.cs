using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Security;

namespace Suite.Assistance.FunctionalTests;

/// <summary>Every Assistance RPC needs a token and the permission configuration grants for it.</summary>
public sealed class SecurityTests(TwoServices suite) : IClassFixture<TwoServices>
{
    private static IEnumerable<Google.Protobuf.Reflection.MethodDescriptor> Methods => RawGrpc.MethodsOf(
        ProgrammeService.Descriptor, ApplicationService.Descriptor, CoverageService.Descriptor, Suite.Contracts.Common.V1.ReferralService.Descriptor,
        BenefitService.Descriptor, CareService.Descriptor, Suite.Contracts.Common.V1.AuditService.Descriptor);

    [Fact]
    public async Task Every_method_refuses_a_call_without_a_token()
    {
        foreach (var method in Methods)
        {
            Assert.True(await RawGrpc.CallAsync(suite.Assistance.CreateDefaultClient(), method, null) == StatusCode.Unauthenticated, RawGrpc.PathOf(method));
        }
    }

    [Theory]
    [InlineData("civil-affairs", "village-staff")]
    [InlineData("civil-affairs", "county-officer")]
    [InlineData("civil-affairs", "auditor")]
    [InlineData("womens-federation", "county-officer")]
    [InlineData("justice", "county-officer")]
    public async Task Each_RPC_is_allowed_exactly_when_the_role_holds_its_permission(string department, string role)
    {
        var grants = new PermissionGrants(suite.Assistance.Services.GetRequiredService<IConfiguration>());
        var endpoints = suite.Assistance.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>().ToList();
        var token = TestTokens.For(department, role, SampleForms.County);
        foreach (var method in Methods)
        {
            var permission = endpoints.Single(e => e.RoutePattern.RawText == RawGrpc.PathOf(method))
                .Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Single(a => a.Policy?.Contains('.') == true).Policy!;
            var allowed = grants.Allows(department, role, permission);
            var outcome = await RawGrpc.CallAsync(suite.Assistance.CreateDefaultClient(), method, token);
            Assert.True(allowed == (outcome != StatusCode.PermissionDenied && outcome != StatusCode.Unauthenticated),
                $"{department}/{role} on {method.Name} ({permission}): expected {(allowed ? "allowed" : "denied")}, got {outcome}");
        }
    }
}
