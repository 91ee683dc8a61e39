using Suite.Contracts.Registry.V1;
using Suite.Ledger;
using Suite.Registry.UseCases;
using Suite.TestSupport;
using Xunit;

namespace Suite.Registry.UnitTests;

/// <summary>省内 / 省外 / 境外 must agree with the place written beside it; the sample survey passes the same rule.</summary>
public sealed class WorkPlaceRuleTests
{
    private const string HeilongjiangVillage = "231025100201";

    [Theory]
    [InlineData(HusbandWorkPlace.Abroad, "浙江省宁波市", false)]
    [InlineData(HusbandWorkPlace.Abroad, "韩国首尔", true)]
    [InlineData(HusbandWorkPlace.InProvince, "广东省东莞市", false)]
    [InlineData(HusbandWorkPlace.InProvince, "哈尔滨市", true)]
    [InlineData(HusbandWorkPlace.InProvince, "县城建筑工地", true)] // names no province: nothing to contradict
    [InlineData(HusbandWorkPlace.OutOfProvince, "黑龙江省大庆市", false)]
    [InlineData(HusbandWorkPlace.OutOfProvince, "日本东京", false)]
    [InlineData(HusbandWorkPlace.OutOfProvince, "江苏省苏州市", true)]
    [InlineData(HusbandWorkPlace.OutOfProvince, "", true)]
    public void The_work_place_agrees_with_the_location_or_the_form_is_refused(HusbandWorkPlace place, string location, bool agrees) =>
        Assert.Equal(agrees, WomanFormValidator.WorkPlaceAgrees(place, location, HeilongjiangVillage));

    [Fact]
    public void Every_sample_survey_row_passes_the_rule()
    {
        var path = Path.Combine(Repository.Root, "services", "Registry", "SampleData", "women.csv");
        var rows = CsvCodec.ReadRecords(new StringReader(File.ReadAllText(path))).Where(r => !LedgerCsv.IsHeader(r)).ToList();
        Assert.True(rows.Count >= 50);
        foreach (var row in rows)
        {
            var woman = LedgerCsv.ParseRow(row, []);
            Assert.True(WomanFormValidator.WorkPlaceAgrees(woman.Husband.WorkPlace, woman.Husband.WorkLocation, woman.VillageCode),
                $"sample row {row[0]}: {woman.Husband.WorkPlace} {woman.Husband.WorkLocation}");
        }
    }
}
