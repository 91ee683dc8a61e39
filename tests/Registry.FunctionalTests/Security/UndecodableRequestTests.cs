using Suite.Contracts.Common.V1;

namespace Suite.Registry.FunctionalTests.Security;

/// <summary>A request that cannot be decoded is the caller's fault: INVALID_ARGUMENT, audited like other refusals.</summary>
public sealed class UndecodableRequestTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private static readonly string Caller = TestTokens.For("civil-affairs", "county-officer", SampleForms.County, "解码测试");

    // A field tag whose varint never ends.
    private static readonly byte[] Malformed = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01];

    // GetWomanRequest.reveal_purpose (field 2, length 2) holding bytes that are not UTF-8.
    private static readonly byte[] InvalidUtf8 = [0x12, 0x02, 0xC3, 0x28];

    private static string PathOf(string method) => RawGrpc.PathOf(RegistryMethods.All.First(m => m.Name == method));

    [Fact]
    public async Task Malformed_protobuf_is_invalid_argument_and_audited()
    {
        using var client = registry.CreateDefaultClient();
        var (status, message) = await RawGrpc.SendAsync(client, PathOf("GetWoman"), Caller, RawGrpc.Frame(Malformed));

        Assert.Equal(StatusCode.InvalidArgument, status);
        Assert.Contains("cannot be decoded", message);
        var audit = new AuditService.AuditServiceClient(registry.ChannelFor(TestTokens.Auditor));
        var records = await audit.QueryAuditRecordsAsync(new QueryAuditRecordsRequest { Subject = "civil-affairs/county-officer/" + SampleForms.County });
        Assert.Contains(records.Records, r => r.Outcome == "INVALID_ARGUMENT" && r.Action.EndsWith("/GetWoman") && r.Name == "解码测试");
    }

    [Fact]
    public async Task Invalid_UTF8_in_a_string_field_is_invalid_argument()
    {
        using var client = registry.CreateDefaultClient();
        var (status, message) = await RawGrpc.SendAsync(client, PathOf("GetWoman"), Caller, RawGrpc.Frame(InvalidUtf8));

        Assert.Equal(StatusCode.InvalidArgument, status);
        Assert.Contains("UTF-8", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_undecodable_message_in_a_client_stream_is_invalid_argument_and_imports_nothing()
    {
        using var client = registry.CreateDefaultClient();
        var (status, _) = await RawGrpc.SendAsync(client, PathOf("ImportWomen"), Caller, RawGrpc.Frame(Malformed));

        Assert.Equal(StatusCode.InvalidArgument, status);
        var women = await registry.WomenAs(TestTokens.CountyOfficer).ListWomenAsync(new ListWomenRequest());
        Assert.Empty(women.Women);
    }
}
