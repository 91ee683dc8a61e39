using System.Text;
using Google.Protobuf;

namespace Suite.Registry.FunctionalTests;

public sealed class AreasTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private static ImportAreasRequest Csv(string text) => new() { Csv = ByteString.CopyFrom(Encoding.UTF8.GetBytes(text)) };

    [Fact]
    public async Task Import_creates_then_leaves_unchanged_then_updates()
    {
        var csv = "\uFEFFcode,name,level,urban_rural_code\n512345,测试县,county,\n512345100,测试镇,township,\n512345100200,测试村,village,220\n";
        var first = await registry.Areas.ImportAreasAsync(Csv(csv));
        Assert.Equal((3, 0, 0), (first.Created, first.Updated, first.Unchanged));
        var again = await registry.Areas.ImportAreasAsync(Csv(csv));
        Assert.Equal((0, 0, 3), (again.Created, again.Updated, again.Unchanged));
        var renamed = await registry.Areas.ImportAreasAsync(Csv(csv.Replace("测试村", "新测试村")));
        Assert.Equal((0, 1, 2), (renamed.Created, renamed.Updated, renamed.Unchanged));

        var village = await registry.Areas.GetAreaAsync(new GetAreaRequest { Code = "512345100200" });
        Assert.Equal(("新测试村", AreaLevel.Village, "512345100", true), (village.Name, village.Level, village.ParentCode, village.Rural));
    }

    [Fact]
    public async Task A_file_with_any_bad_line_is_refused_whole()
    {
        var csv = "code,name,level,urban_rural_code\n598765,好县,county,\n59876510,坏镇,township,\n598765100200,孤村,village,220\n";
        var ex = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => registry.Areas.ImportAreasAsync(Csv(csv)).ResponseAsync);
        Assert.Contains("line 3", ex.Status.Detail);
        Assert.Contains("line 4", ex.Status.Detail); // its parent township is not in the file nor in the registry
        await RpcAssert.FailsWith(StatusCode.NotFound, () => registry.Areas.GetAreaAsync(new GetAreaRequest { Code = "598765" }).ResponseAsync);
        await RpcAssert.InvalidFields(() => registry.Areas.ImportAreasAsync(Csv("wrong,header\n")).ResponseAsync, "csv");
    }

    [Fact]
    public async Task Lists_children_in_code_order_with_paging()
    {
        var page = await registry.Areas.ListAreasAsync(new ListAreasRequest { ParentCode = SampleForms.Township, PageSize = 2 });
        Assert.Equal([SampleForms.UrbanCommunity, SampleForms.RuralVillage], page.Areas.Select(a => a.Code));
        var next = await registry.Areas.ListAreasAsync(new ListAreasRequest { ParentCode = SampleForms.Township, PageSize = 2, PageToken = page.NextPageToken });
        Assert.Equal(SampleForms.OtherRuralVillage, next.Areas[0].Code);

        var counties = await registry.Areas.ListAreasAsync(new ListAreasRequest());
        Assert.Contains(counties.Areas, a => a.Code == SampleForms.County && a.Name == "林口县");
        await RpcAssert.InvalidFields(() => registry.Areas.ListAreasAsync(new ListAreasRequest { ParentCode = SampleForms.RuralVillage }).ResponseAsync, "parent_code");
        await RpcAssert.InvalidFields(() => registry.Areas.GetAreaAsync(new GetAreaRequest { Code = "12" }).ResponseAsync, "code");
    }
}
