using Suite.Casework.SignIn;
using Suite.Contracts.Common.V1;
using Suite.Contracts.FamilyEducation.V1;
using Suite.FamilyEducation.Model;
using Suite.FamilyEducation.Rules;
using Suite.FamilyEducation.UseCases;
using Suite.GrpcServer.Errors;
using Xunit;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.FamilyEducation.UnitTests;

public sealed class RulesTests
{
    [Theory]
    [InlineData(2010, 12, 31, false)] // 16 on the last day of 2026
    [InlineData(2011, 1, 1, true)]
    [InlineData(2026, 12, 31, true)] // born that day
    [InlineData(2027, 1, 1, false)] // not yet born
    public void A_child_is_a_minor_until_the_sixteenth_birthday(int year, int month, int day, bool minor) =>
        Assert.Equal(minor, MinorChildren.IsMinor(new ChildRecord { BirthDate = new DateOnly(year, month, day) }, new DateOnly(2026, 12, 31)));

    [Fact]
    public void A_child_without_a_birth_date_is_not_counted_and_the_youngest_is_the_latest_born()
    {
        Assert.False(MinorChildren.IsMinor(new ChildRecord(), new DateOnly(2026, 12, 31)));
        Assert.Equal(new DateOnly(2020, 3, 3), MinorChildren.Youngest([new() { BirthDate = new DateOnly(2009, 5, 5) }, new(), new() { BirthDate = new DateOnly(2020, 3, 3) }]));
        Assert.Null(MinorChildren.Youngest([new()]));
    }

    [Theory]
    [InlineData(1, "2026-01-01", "2026-03-31")]
    [InlineData(2, "2026-04-01", "2026-06-30")]
    [InlineData(4, "2026-10-01", "2026-12-31")]
    public void A_quarter_runs_from_its_first_to_its_last_day(int number, string first, string last)
    {
        var quarter = new Quarter(2026, number);
        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(last)), (quarter.First, quarter.Last));
    }

    [Theory]
    [InlineData(0, "王秀英", "缺少编号")]
    [InlineData(7, " ", "缺少姓名")]
    [InlineData(7, "王秀英", null)]
    public void A_sign_in_row_names_its_own_fault_in_Chinese(long womanId, string name, string? problem) =>
        Assert.Equal(problem, SignInImporter.Problem(new SignInRow { WomanId = womanId, Name = name, RowNumber = 1, ActivityId = 1 }));

    [Fact]
    public void A_session_must_come_before_the_next_one_and_name_known_topics()
    {
        var today = new DateOnly(2026, 11, 22);
        var request = new RecordSessionRequest
        {
            PairingId = 1, Etag = "1", NextSessionDate = new Date { Year = 2026, Month = 11, Day = 22 },
            Session = new GuidanceSession { Date = new Date { Year = 2026, Month = 11, Day = 22 }, Form = SessionForm.HomeVisit, Topics = { (Topic)99 } },
        };
        var ex = Assert.Throws<ValidationFailedException>(() => GuidanceValidator.Validate(request, today));
        Assert.Equal(["session.topics", "next_session_date"], ex.Violations.Select(v => v.Field));
    }
}
