namespace Suite.FamilyEducation.FunctionalTests;

/// <summary>Sign-in sheets of one activity sent at the same time each add their rows to its attendance count.</summary>
public sealed class CounterTests(FamilyEducationSuite suite) : IClassFixture<FamilyEducationSuite>
{
    [Fact]
    public async Task Four_sheets_sent_at_the_same_time_each_count()
    {
        var activity = await suite.ActivityAsync();
        string[] names = ["王秀英", "李桂香", "陈淑芬", "赵玉兰"];
        var sheets = new List<(long, string)[]>();
        foreach (var name in names)
        {
            var women = new List<(long, string)>();
            for (var i = 0; i < 3; i++)
            {
                var woman = await suite.RegisterAsync(name: name);
                women.Add((woman.Id, woman.Name));
            }
            sheets.Add([.. women]);
        }

        var answers = await Task.WhenAll(sheets.Select(sheet => suite.SignInAsync(activity.Id, sheet)));
        Assert.All(answers, a => Assert.Equal(3, a.Recorded));
        var counted = await suite.Activities().GetActivityAsync(new GetActivityRequest { Id = activity.Id });
        Assert.Equal(12, counted.RegisteredAttendance);
    }
}
