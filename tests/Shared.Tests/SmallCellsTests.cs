using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Suite.Security;
using Suite.Security.Tokens;
using Suite.TestSupport;
using Xunit;

namespace Suite.Shared.Tests;

/// <summary>The small-cell rule: which counts are withheld, from whom, and that the threshold is configuration.</summary>
public sealed class SmallCellsTests
{
    private static SmallCells For(string department, string role, string? threshold = null)
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Statistics:SmallCellThreshold"] = threshold,
            ["Authorization:Grants:justice:county-officer:0"] = SuitePermissions.SensitiveRead,
        }).Build();
        var http = new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = TokenPrincipal(department, role) } };
        return new SmallCells(new CurrentCaller(http, new PermissionGrants(settings)), settings);
    }

    private static System.Security.Claims.ClaimsPrincipal TokenPrincipal(string department, string role) => new(new System.Security.Claims.ClaimsIdentity(
    [
        new(SuiteClaims.Subject, "s"), new(SuiteClaims.Department, department), new(SuiteClaims.Role, role), new(SuiteClaims.Area, SampleForms.County),
    ], "test"));

    [Fact]
    public void Counts_from_one_to_below_the_threshold_are_withheld_from_a_role_without_sensitive_read()
    {
        var cells = For("civil-affairs", "county-officer");
        var suppressed = new List<string>();
        Assert.Equal([0L, 0L, 0L, 5L, 40L], new long[] { 0, 1, 4, 5, 40 }.Select((n, i) => cells.Count(n, $"f{i}", suppressed)));
        Assert.Equal(["f1", "f2"], suppressed);
        Assert.Equal(SmallCells.DefaultThreshold, cells.Threshold);
    }

    [Fact]
    public void A_role_with_sensitive_read_gets_every_count()
    {
        var cells = For("justice", "county-officer");
        var suppressed = new List<string>();
        Assert.False(cells.Protects);
        Assert.Equal(1L, cells.Count(1, "f", suppressed));
        Assert.Empty(suppressed);
    }

    [Fact]
    public void The_threshold_is_configuration()
    {
        var cells = For("civil-affairs", "county-officer", threshold: "2");
        var suppressed = new List<string>();
        Assert.Equal((0L, 2L), (cells.Count(1, "a", suppressed), cells.Count(2, "b", suppressed)));
        Assert.Equal(["a"], suppressed);
    }
}
