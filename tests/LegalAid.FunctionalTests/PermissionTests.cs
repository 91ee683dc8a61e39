using static Suite.LegalAid.FunctionalTests.LegalAidSuite;

namespace Suite.LegalAid.FunctionalTests;

/// <summary>Every RPC needs a token and its permission; the grants follow docs/security.md.</summary>
public sealed class PermissionTests(LegalAidSuite suite) : IClassFixture<LegalAidSuite>
{
    private static readonly Google.Protobuf.Reflection.ServiceDescriptor[] Services =
        [MatterService.Descriptor, LegalAidService.Descriptor, MediationService.Descriptor, ProtectionService.Descriptor, AwarenessService.Descriptor];

    [Fact]
    public async Task Every_method_refuses_a_call_without_a_token()
    {
        using var client = suite.LegalAid.CreateClient();
        foreach (var method in RawGrpc.MethodsOf(Services))
        {
            Assert.Equal(StatusCode.Unauthenticated, await RawGrpc.CallAsync(client, method, token: null));
        }
    }

    [Theory]
    [InlineData("civil-affairs", "county-officer", "GetLegalAidStatistics")]
    [InlineData("public-security", "county-officer", "ListPoliceReferrals")]
    [InlineData("justice", "county-officer", "DecideLegalAidApplication")]
    [InlineData("womens-federation", "village-staff", "CreateMatter")]
    public async Task A_granted_role_gets_past_authorization(string department, string role, string method)
    {
        using var client = suite.LegalAid.CreateClient();
        var descriptor = RawGrpc.MethodsOf(Services).Single(m => m.Name == method);
        var status = await RawGrpc.CallAsync(client, descriptor, TestTokens.For(department, role, SampleForms.County));
        Assert.NotEqual(StatusCode.PermissionDenied, status);
        Assert.NotEqual(StatusCode.Unauthenticated, status);
    }

    [Theory]
    [InlineData("civil-affairs", "county-officer", "ListMatters")]
    [InlineData("civil-affairs", "village-staff", "GetLegalAidStatistics")]
    [InlineData("womens-federation", "county-officer", "DecideLegalAidApplication")]
    [InlineData("womens-federation", "county-officer", "ListExpiringOrders")]
    [InlineData("public-security", "county-officer", "CreateMatter")]
    [InlineData("justice", "village-staff", "RecordPoliceFeedback")]
    [InlineData("health", "county-officer", "GetMatter")]
    public async Task A_role_without_the_permission_is_refused(string department, string role, string method)
    {
        using var client = suite.LegalAid.CreateClient();
        var descriptor = RawGrpc.MethodsOf(Services).Single(m => m.Name == method);
        Assert.Equal(StatusCode.PermissionDenied, await RawGrpc.CallAsync(client, descriptor, TestTokens.For(department, role, SampleForms.County)));
    }
}
