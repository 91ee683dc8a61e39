namespace Suite.Assistance.FunctionalTests;

public sealed class ProgrammeTests(TwoServices suite) : IClassFixture<TwoServices>
{
    [Fact]
    public async Task The_catalogue_is_seeded_with_rules_as_data()
    {
        var list = await suite.ProgrammesAs(TestTokens.VillageStaff).ListProgrammesAsync(new ListProgrammesRequest());
        Assert.Equal(15, list.Programmes.Count);
        var screening = list.Programmes.Single(p => p.Code == "two-cancers-screening");
        Assert.Equal(("两癌筛查", "health", ProgrammeKind.Screening, 35, 64), (screening.Name, screening.LeadDepartment, screening.Kind, screening.Rules.MinAge, screening.Rules.MaxAge));
        var nursing = list.Programmes.Single(p => p.Code == "disability-nursing-subsidy");
        Assert.Equal((2, 8000L, 12), (nursing.Rules.MaxDisabilityGrade, nursing.Cash.MonthlyAmountFen, nursing.Cash.PeriodMonths));
    }

    [Fact]
    public async Task Authorised_staff_edit_a_programme_with_its_etag()
    {
        var county = suite.ProgrammesAs(TestTokens.CountyOfficer);
        var programme = await county.GetProgrammeAsync(new GetProgrammeRequest { Code = "mothers-parcel" });
        var changed = programme.Clone();
        changed.Description = "每季度发放一次";
        changed.Rules.LeftBehindOnly = true;
        var updated = await county.UpdateProgrammeAsync(new UpdateProgrammeRequest { Programme = changed });
        Assert.Equal(("2", true), (updated.Etag, updated.Rules.LeftBehindOnly));

        await RpcAssert.FailsWith(StatusCode.Aborted, () => county.UpdateProgrammeAsync(new UpdateProgrammeRequest { Programme = changed }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.ProgrammesAs(TestTokens.VillageStaff).UpdateProgrammeAsync(new UpdateProgrammeRequest { Programme = updated }).ResponseAsync);
        var bad = updated.Clone();
        bad.Rules.MinAge = 70;
        bad.Rules.MaxAge = 60;
        bad.Name = "";
        await RpcAssert.InvalidFields(() => county.UpdateProgrammeAsync(new UpdateProgrammeRequest { Programme = bad }).ResponseAsync, "programme.name", "programme.rules.max_age");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => county.GetProgrammeAsync(new GetProgrammeRequest { Code = "no-such-programme" }).ResponseAsync);
    }
}
