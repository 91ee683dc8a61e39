using Suite.Contracts.Registry.V1;
using Suite.Domain;
using Suite.Registry.Rules;
using Xunit;

namespace Suite.Registry.UnitTests;

public sealed class AreaCodeTests
{
    [Theory]
    [InlineData("231025", AreaLevel.County, "")]
    [InlineData("231025100", AreaLevel.Township, "231025")]
    [InlineData("231025100201", AreaLevel.Village, "231025100")]
    [InlineData("2310", AreaLevel.Unspecified, "")]
    public void Levels_and_parents_come_from_the_code_length(string code, AreaLevel level, string parent)
    {
        Assert.Equal(level, AreaLevels.Of(code));
        Assert.Equal(parent, AreaCode.ParentOf(code));
    }

    [Fact]
    public void A_village_code_splits_into_county_and_township()
    {
        Assert.Equal("231025", AreaCode.CountyOf("231025100201"));
        Assert.Equal("231025100", AreaCode.TownshipOf("231025100201"));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("23", true)]
    [InlineData("2310", true)]
    [InlineData("231025", true)]
    [InlineData("231025100", true)]
    [InlineData("231025100201", true)]
    [InlineData("2310251", false)]
    [InlineData("23102510020", false)]
    [InlineData("23102a", false)]
    public void Filter_prefixes_are_whole_levels(string prefix, bool valid)
    {
        Assert.Equal(valid, AreaCode.IsValidPrefix(prefix));
    }

    [Fact]
    public void A_prefix_covers_an_inclusive_range_of_village_codes()
    {
        Assert.Equal(("231025100000", "231025100999"), AreaCode.VillageRange("231025100"));
        Assert.Equal(("230000000000", "239999999999"), AreaCode.VillageRange("23"));
    }

    [Theory]
    [InlineData("", 2)]
    [InlineData("23", 4)]
    [InlineData("2310", 6)]
    [InlineData("231025", 9)]
    [InlineData("231025100", 12)]
    public void Statistics_group_by_the_next_level(string prefix, int childLength)
    {
        Assert.Equal(childLength, AreaCode.ChildLength(prefix));
    }
}
