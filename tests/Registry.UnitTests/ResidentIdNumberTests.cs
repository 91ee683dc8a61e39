using Suite.Registry.Rules;
using Suite.TestSupport;
using Xunit;

namespace Suite.Registry.UnitTests;

public sealed class ResidentIdNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Theory]
    [InlineData("11010519491231002X")] // the GB 11643 example
    [InlineData("11010519491231002x")] // lower-case check character is normalised
    [InlineData("231025199009088064")]
    public void Valid_female_numbers_pass(string id)
    {
        Assert.Null(ResidentIdNumber.ValidateFemale(id, Today, out var normalized, out var birth));
        Assert.Equal(id.ToUpperInvariant(), normalized);
        Assert.Equal(int.Parse(id.Substring(6, 4)), birth.Year);
    }

    [Fact]
    public void The_check_character_follows_the_weights_and_mod_11_map()
    {
        Assert.Equal('X', ResidentIdNumber.CheckCharacter("11010519491231002"));
        // S mod 11 = 0 maps to '1', 1 to '0', 2 to 'X'.
        Assert.Equal('1', ResidentIdNumber.CheckCharacter("00000000000000000"));
    }

    [Theory]
    [InlineData("110105194912310021", "check character")]
    [InlineData("11010519491231002", "18 characters")]
    [InlineData("1101051949123100X2", "digits")]
    [InlineData("11010519490230002X", "valid date")] // 30 February
    [InlineData("11010518991231002X", "valid date")] // before 1900
    [InlineData("11010520261123002X", "future")]
    [InlineData("11010519491231002Y", "digit or X")]
    public void Invalid_numbers_name_what_is_wrong(string id, string reason)
    {
        Assert.Contains(reason, ResidentIdNumber.ValidateFemale(id, Today, out _, out _));
    }

    [Fact]
    public void A_male_number_with_a_correct_check_character_is_refused()
    {
        var male = TestIdentities.WithCheck("11010519491231001");
        Assert.Contains("odd", ResidentIdNumber.ValidateFemale(male, Today, out _, out _));
    }
}
