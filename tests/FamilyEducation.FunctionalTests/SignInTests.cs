namespace Suite.FamilyEducation.FunctionalTests;

/// <summary>Sign-in sheets: every row's outcome, rejected rows change nothing, a repeated sheet records nothing new, and a Registry that cannot be reached records nothing.</summary>
public sealed class SignInTests(FamilyEducationSuite suite) : IClassFixture<FamilyEducationSuite>
{
    [Fact]
    public async Task Good_rows_are_recorded_bad_rows_get_their_reasons_and_a_repeated_sheet_changes_nothing()
    {
        var (a, b) = (await suite.RegisterAsync(name: "王秀英"), await suite.RegisterAsync(name: "张桂芝"));
        var elsewhere = await suite.RegisterAsync("231025101201", name: "刘玉兰"); // another township: not the officer's
        var activity = await suite.ActivityAsync();
        (long, string)[] sheet = [(a.Id, "王秀英"), (b.Id, "张桂兰"), (999_999, "赵敏"), (a.Id, "王秀英"), (elsewhere.Id, "刘玉兰"), (b.Id, ""), (b.Id, " 张桂芝 ")];

        var first = await suite.SignInAsync(activity.Id, sheet);
        Assert.Equal((2, 0, 5), (first.Recorded, first.AlreadyRecorded, first.Rejected));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], first.Results.Select(r => r.RowNumber));
        Assert.Equal(SignInOutcome.Recorded, first.Results[0].Outcome);
        Assert.Contains("姓名“张桂兰”与台账", first.Results[1].Reason);
        Assert.Contains("不在本辖区台账中", first.Results[2].Reason);
        Assert.Contains("重复", first.Results[3].Reason);
        Assert.Contains("不在本辖区台账中", first.Results[4].Reason);
        Assert.Equal("缺少姓名", first.Results[5].Reason);
        Assert.Equal(SignInOutcome.Recorded, first.Results[6].Outcome);
        Assert.All(first.Results.Where(r => r.Outcome == SignInOutcome.Rejected), r => Assert.NotEmpty(r.Reason));
        Assert.Equal(2, (await suite.Activities().GetActivityAsync(new GetActivityRequest { Id = activity.Id })).RegisteredAttendance);

        var again = await suite.SignInAsync(activity.Id, sheet);
        Assert.Equal((0, 2, 5), (again.Recorded, again.AlreadyRecorded, again.Rejected));
        Assert.Equal(2, (await suite.Activities().GetActivityAsync(new GetActivityRequest { Id = activity.Id })).RegisteredAttendance);
    }

    [Fact]
    public async Task A_Registry_that_stops_answering_part_way_records_nothing_of_the_sheet()
    {
        var women = new[] { await suite.RegisterAsync(name: "王秀英"), await suite.RegisterAsync(name: "李桂香"), await suite.RegisterAsync(name: "陈淑芬") };
        var activity = await suite.ActivityAsync();
        try
        {
            suite.RegistryAnswers(2);
            await RpcAssert.FailsWith(StatusCode.Unavailable, () => suite.SignInAsync(activity.Id, women.Select(w => (w.Id, w.Name))));
        }
        finally
        {
            suite.RegistryAnswers(int.MaxValue);
        }
        Assert.Equal(0, (await suite.Activities().GetActivityAsync(new GetActivityRequest { Id = activity.Id })).RegisteredAttendance);
        var recorded = await suite.SignInAsync(activity.Id, women.Select(w => (w.Id, w.Name)));
        Assert.Equal(3, recorded.Recorded);
    }

    [Fact]
    public async Task A_sheet_must_name_one_activity_in_the_area_with_unique_row_numbers()
    {
        var woman = await suite.RegisterAsync();
        var (one, two) = (await suite.ActivityAsync(), await suite.ActivityAsync());

        using (var call = suite.Activities().ImportSignInSheet())
        {
            await call.RequestStream.WriteAsync(new SignInRow { ActivityId = one.Id, RowNumber = 1, WomanId = woman.Id, Name = woman.Name });
            await call.RequestStream.WriteAsync(new SignInRow { ActivityId = two.Id, RowNumber = 2, WomanId = woman.Id, Name = woman.Name });
            await call.RequestStream.CompleteAsync();
            await RpcAssert.InvalidFields(() => call.ResponseAsync, "activity_id");
        }
        using (var call = suite.Activities().ImportSignInSheet())
        {
            await call.RequestStream.WriteAsync(new SignInRow { ActivityId = one.Id, RowNumber = 1, WomanId = woman.Id, Name = woman.Name });
            await call.RequestStream.WriteAsync(new SignInRow { ActivityId = one.Id, RowNumber = 1, WomanId = woman.Id, Name = woman.Name });
            await call.RequestStream.CompleteAsync();
            await RpcAssert.InvalidFields(() => call.ResponseAsync, "row_number");
        }
        await RpcAssert.InvalidFields(() => suite.SignInAsync(one.Id, []), "activity_id");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.SignInAsync(999_999, [(woman.Id, woman.Name)]));
        Assert.Equal(0, (await suite.Activities().GetActivityAsync(new GetActivityRequest { Id = one.Id })).RegisteredAttendance);
    }
}
