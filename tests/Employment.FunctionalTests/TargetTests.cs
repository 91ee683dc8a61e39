using static Suite.Employment.FunctionalTests.EmploymentSuite;

namespace Suite.Employment.FunctionalTests;

/// <summary>Targets against a recount of what was recorded (its own suite, so nothing else is counted).</summary>
public sealed class TargetTests(EmploymentSuite suite) : IClassFixture<EmploymentSuite>
{
    [Fact]
    public async Task The_countys_progress_and_each_townships_match_a_recount_and_show_who_is_behind()
    {
        await suite.Support().SetTargetAsync(new SetTargetRequest { Target = new Target { AreaCode = SampleForms.County, Year = 2026, TrainingPersonTimes = 1500, NewPosts = 500, WomenPlaced = 600, MotherPostSites = 10 } });
        await suite.Support().SetTargetAsync(new SetTargetRequest { Target = new Target { AreaCode = "231025101", Year = 2026, TrainingPersonTimes = 2, NewPosts = 0, WomenPlaced = 0, MotherPostSites = 0 } });
        var course = await suite.CourseAsync();
        var enrolled = new List<string>();
        foreach (var village in new[] { "231025100201", "231025100202", "231025101201" })
        {
            var woman = await suite.RegisterAsync(village);
            await suite.Training().EnrolWomanAsync(new EnrolWomanRequest { RequestId = Guid.NewGuid().ToString("N"), CourseId = course.Id, WomanId = woman.Id });
            enrolled.Add(village);
        }
        var mother = await suite.PostAsync("231025100202", openings: 4, pattern: WorkPattern.HomeBased, mother: true);
        var placed = await suite.RegisterAsync("231025100203");
        await suite.Jobs().PlaceWomanAsync(new PlaceWomanRequest { RequestId = Guid.NewGuid().ToString("N"), PostId = mother.Id, WomanId = placed.Id, StartDate = Today });

        var progress = await suite.Support(TestTokens.CountyOfficer).GetTargetProgressAsync(new GetTargetProgressRequest { AreaCode = SampleForms.County, Year = 2026 });
        Assert.Equal((3, 4, 1, 1), (progress.Area.Actual.TrainingPersonTimes, progress.Area.Actual.NewPosts, progress.Area.Actual.WomenPlaced, progress.Area.Actual.MotherPostSites));
        Assert.Equal(1500, progress.Area.Target.TrainingPersonTimes);
        Assert.Contains("training_person_times", progress.Area.Behind); // 3 of 1,500 by late November
        var township100 = progress.Children.Single(c => c.AreaCode == "231025100");
        var township101 = progress.Children.Single(c => c.AreaCode == "231025101");
        Assert.Equal((2, 1), (township100.Actual.TrainingPersonTimes, township100.Actual.WomenPlaced));
        Assert.Null(township100.Target);
        Assert.Equal(1, township101.Actual.TrainingPersonTimes);
        Assert.Contains("training_person_times", township101.Behind); // 1 of 2, with 90% of the year gone
        Assert.True(progress.Area.YearElapsed is > 0.88 and < 0.90);
    }
}
