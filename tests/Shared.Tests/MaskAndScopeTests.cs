using Grpc.Core;
using Suite.GrpcServer.Errors;
using Suite.Security;
using Xunit;

namespace Suite.Shared.Tests;

public sealed class MaskAndScopeTests
{
    [Fact]
    public void Identifiers_are_masked_as_GB_T_35273_shows_them()
    {
        Assert.Equal("110105************", PersonalDataMask.ResidentId("11010519491231002X"));
        Assert.Equal("138****8000", PersonalDataMask.Phone("13800138000"));
        Assert.Equal("", PersonalDataMask.Phone(""));
    }

    [Fact]
    public void A_scope_narrows_queries_and_refuses_areas_outside_it()
    {
        var township = new AreaScope("231025100");
        Assert.Equal("231025100", township.Narrow("", "area"));
        Assert.Equal("231025100", township.Narrow("231025", "area"));
        Assert.Equal("231025100201", township.Narrow("231025100201", "area"));
        Assert.Contains("outside your area", Assert.Throws<Suite.GrpcServer.Errors.AccessDeniedException>(() => township.Narrow("231085", "area")).Message); // PERMISSION_DENIED on the wire
        Assert.Throws<ResourceNotFoundException>(() => township.RequireVisible("231025101201", "Woman", "1"));
        Assert.Contains("outside your area", Assert.Throws<Suite.GrpcServer.Errors.AccessDeniedException>(() => township.RequireWrite("231025101201", "village_code")).Message);
        Assert.True(new AreaScope("").Covers("220581100201"));
    }
}
