using Google.Rpc;

namespace Suite.Registry.FunctionalTests.Security;

/// <summary>Every refusal carries google.rpc.LocalizedMessage in the language the call asks for (Chinese unless English).</summary>
public sealed class LocalizedMessageTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private static Metadata Language(string language) => new() { { "accept-language", language } };

    private static LocalizedMessage Localized(RpcException ex) => ex.GetRpcStatus()?.GetDetail<LocalizedMessage>() ?? throw new Xunit.Sdk.XunitException("no LocalizedMessage in " + ex.Status);

    [Fact]
    public async Task A_field_violation_is_told_in_Chinese_by_default_and_in_English_when_asked()
    {
        var form = SampleForms.Woman();
        form.ResidentIdNumber = "123";
        var zh = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => registry.Women.CreateWomanAsync(SampleForms.Create(form)).ResponseAsync);
        Assert.Equal(("zh-CN", "输入有误：身份证号 须为 18 位"), (Localized(zh).Locale, Localized(zh).Message));

        var en = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => registry.Women.CreateWomanAsync(SampleForms.Create(form), Language("en-US,en;q=0.9")).ResponseAsync);
        Assert.Equal("en-US", Localized(en).Locale);
        Assert.Contains("must be 18 characters", en.Status.Detail + Localized(en).Message);
    }

    [Fact]
    public async Task A_not_found_names_the_resource_in_words_not_a_protobuf_type()
    {
        var ex = await RpcAssert.FailsWith(StatusCode.NotFound, () => registry.Women.GetWomanAsync(new GetWomanRequest { Id = 987654 }).ResponseAsync);
        Assert.Equal("woman 987654 was not found.", ex.Status.Detail);
        Assert.Equal("未找到妇女 987654", Localized(ex).Message);
    }

    [Fact]
    public async Task A_permission_refusal_names_the_missing_permission_in_Chinese()
    {
        var ex = await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => registry.WomenAs(TestTokens.Auditor).GetWomanAsync(new GetWomanRequest { Id = 1 }).ResponseAsync);
        Assert.Contains("“registry.women.read”权限", Localized(ex).Message);

        var outside = await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => registry.WomenAs(TestTokens.VillageStaff)
            .ListWomenAsync(new ListWomenRequest { Filter = new WomenFilter { AreaCode = SampleForms.OtherCounty } }).ResponseAsync);
        Assert.StartsWith("没有权限：", Localized(outside).Message);
    }
}
