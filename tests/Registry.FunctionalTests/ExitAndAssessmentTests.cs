namespace Suite.Registry.FunctionalTests;

public sealed class ExitAndAssessmentTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private static readonly Date Today = new() { Year = 2026, Month = 11, Day = 22 };

    [Fact]
    public async Task Exit_and_reactivation_are_recorded_and_guarded_by_state()
    {
        var woman = await registry.Women.CreateWomanAsync(SampleForms.Create());
        var exited = await registry.Women.ExitWomanAsync(new ExitWomanRequest
        {
            Id = woman.Id, Etag = woman.Etag, RecordedBy = "赵玉霞",
            Exit = new ExitInfo { Reason = ExitReason.HusbandReturned, EffectiveDate = Today },
        });
        Assert.Equal(LedgerStatus.Exited, exited.Status);
        Assert.Equal(ExitReason.HusbandReturned, exited.Exit.Reason);
        Assert.False(exited.LeftBehind);

        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => registry.Women.ExitWomanAsync(new ExitWomanRequest
        {
            Id = woman.Id, Etag = exited.Etag, RecordedBy = "x", Exit = new ExitInfo { Reason = ExitReason.Divorced, EffectiveDate = Today },
        }).ResponseAsync);

        var back = await registry.Women.ReactivateWomanAsync(new ReactivateWomanRequest { Id = woman.Id, Etag = exited.Etag, Reason = "丈夫再次外出", RecordedBy = "x" });
        Assert.Equal(LedgerStatus.Active, back.Status);
        Assert.Null(back.Exit);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => registry.Women.ReactivateWomanAsync(new ReactivateWomanRequest
        {
            Id = woman.Id, Etag = back.Etag, Reason = "r", RecordedBy = "x",
        }).ResponseAsync);

        var history = await registry.Women.ListChangesAsync(new ListChangesRequest { WomanId = woman.Id });
        Assert.Equal(["LEDGER_STATUS_ACTIVE", "LEDGER_STATUS_EXITED"], history.Changes.Where(c => c.Field == "status").Select(c => c.NewValue));
    }

    [Fact]
    public async Task Invalid_exits_name_the_fields()
    {
        var woman = await registry.Women.CreateWomanAsync(SampleForms.Create());
        await RpcAssert.InvalidFields(() => registry.Women.ExitWomanAsync(new ExitWomanRequest
        {
            Id = woman.Id, Etag = woman.Etag, RecordedBy = "x", Exit = new ExitInfo { Reason = ExitReason.Other, EffectiveDate = new Date { Year = 2030, Month = 1, Day = 1 } },
        }).ResponseAsync, "exit.note", "exit.effective_date");
        await RpcAssert.InvalidFields(() => registry.Women.ExitWomanAsync(new ExitWomanRequest { Id = woman.Id }).ResponseAsync, "etag", "exit");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => registry.Women.ExitWomanAsync(new ExitWomanRequest
        {
            Id = 99999999, Etag = "1", RecordedBy = "x", Exit = new ExitInfo { Reason = ExitReason.Deceased, EffectiveDate = Today },
        }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.Aborted, () => registry.Women.ReactivateWomanAsync(new ReactivateWomanRequest
        {
            Id = woman.Id, Etag = "41", Reason = "r", RecordedBy = "x",
        }).ResponseAsync);
    }

    [Fact]
    public async Task An_assessment_raises_priority_and_schedules_the_next_visit()
    {
        var woman = await registry.Women.CreateWomanAsync(SampleForms.Create());
        var assessed = await registry.Women.RecordAssessmentAsync(new RecordAssessmentRequest
        {
            WomanId = woman.Id, Etag = woman.Etag,
            Assessment = new Assessment
            {
                Level = PriorityLevel.Attention, Needs = { Need.Psychological }, AssessedOn = new Date { Year = 2026, Month = 10, Day = 1 },
                NextVisitDate = new Date { Year = 2026, Month = 11, Day = 1 }, AssessedBy = "赵玉霞", Notes = "情绪低落",
            },
        });
        Assert.Equal(PriorityLevel.Attention, assessed.Priority);
        Assert.Equal([Need.Psychological], assessed.Assessment.Needs);

        // Next visit 2026-11-01 is before today: overdue in her village, township and county.
        var overdue = await registry.Visits.ListDueVisitsAsync(new ListDueVisitsRequest { AreaCode = SampleForms.Township, PageSize = 500 });
        Assert.Contains(overdue.Women, w => w.Id == woman.Id);
        Assert.Equal(new Date { Year = 2026, Month = 11, Day = 1 }, overdue.Women.Single(w => w.Id == woman.Id).NextVisitDate);
        var elsewhere = await registry.Visits.ListDueVisitsAsync(new ListDueVisitsRequest { AreaCode = SampleForms.OtherCounty, PageSize = 500 });
        Assert.DoesNotContain(elsewhere.Women, w => w.Id == woman.Id);
#pragma warning disable CS0612 // the deprecated call still answers the same list, for clients written before VisitService
        var deprecated = await registry.Women.ListOverdueVisitsAsync(new ListOverdueVisitsRequest { AreaCode = SampleForms.Township, PageSize = 500 });
#pragma warning restore CS0612
        Assert.Equal(overdue.Women.Select(w => w.Id), deprecated.Women.Select(w => w.Id));

        var byNeed = await registry.Women.ListWomenAsync(new ListWomenRequest { Filter = new WomenFilter { AreaCode = SampleForms.RuralVillage, Need = Need.Psychological }, PageSize = 500 });
        Assert.Contains(byNeed.Women, w => w.Id == woman.Id);
    }

    [Fact]
    public async Task An_assessment_with_the_next_visit_before_it_is_invalid()
    {
        var woman = await registry.Women.CreateWomanAsync(SampleForms.Create());
        await RpcAssert.InvalidFields(() => registry.Women.RecordAssessmentAsync(new RecordAssessmentRequest
        {
            WomanId = woman.Id, Etag = woman.Etag,
            Assessment = new Assessment
            {
                Level = PriorityLevel.Unspecified, AssessedOn = new Date { Year = 2026, Month = 10, Day = 1 },
                NextVisitDate = new Date { Year = 2026, Month = 9, Day = 1 }, AssessedBy = "",
            },
        }).ResponseAsync, "assessment.level", "assessment.next_visit_date", "assessment.assessed_by");
        await RpcAssert.InvalidFields(() => registry.Visits.ListDueVisitsAsync(new ListDueVisitsRequest { AreaCode = "12345" }).ResponseAsync, "area_code");

        var valid = new Assessment
        {
            Level = PriorityLevel.Routine, AssessedOn = new Date { Year = 2026, Month = 10, Day = 1 },
            NextVisitDate = new Date { Year = 2026, Month = 12, Day = 1 }, AssessedBy = "x",
        };
        await RpcAssert.FailsWith(StatusCode.NotFound, () => registry.Women.RecordAssessmentAsync(new RecordAssessmentRequest
        {
            WomanId = 99999999, Etag = "1", Assessment = valid,
        }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.Aborted, () => registry.Women.RecordAssessmentAsync(new RecordAssessmentRequest
        {
            WomanId = woman.Id, Etag = "7", Assessment = valid,
        }).ResponseAsync);
    }
}
