using Suite.Contracts.Registry.V1;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.FamilyEducation.FunctionalTests;

/// <summary>Coverage of households with minor children on a generated county, against a straightforward recount.</summary>
public sealed class CoverageTests(FamilyEducationSuite suite) : IClassFixture<FamilyEducationSuite>
{
    private static readonly string[] Villages = [SampleForms.RuralVillage, SampleForms.OtherRuralVillage, "231025101201", SampleForms.OtherCountyVillage];

    // The fourth quarter of 2026 ends on 31 December: a child born after 31 December 2010 is under 16 then.
    private static readonly DateOnly[][] Children =
    [
        [], [new(2012, 6, 1)], [new(2008, 1, 1)], [new(2010, 12, 31)], [new(2011, 1, 1)], [new(2009, 5, 5), new(2020, 3, 3)],
    ];

    private enum Reach { None, AttendedThisQuarter, AttendedLastQuarter, GuidedThisQuarter, GuidedLastQuarter }

    private sealed record Generated(long Id, string Village, bool Shared, bool Exited, DateOnly[] Children, Reach Reach);

    [Fact]
    public async Task Coverage_counts_what_a_recount_of_the_generated_county_counts()
    {
        var admin = TestTokens.Admin;
        var random = new Random(19);
        var thisQuarter = await ActivityOn(new Date { Year = 2026, Month = 11, Day = 20 });
        var lastQuarter = await ActivityOn(new Date { Year = 2026, Month = 9, Day = 28 });
        var women = new List<Generated>();
        for (var i = 0; i < 72; i++)
        {
            var children = Children[random.Next(Children.Length)];
            var woman = await suite.RegisterAsync(Villages[random.Next(Villages.Length)], share: random.Next(10) > 0, name: "王秀英", children);
            women.Add(new Generated(woman.Id, woman.VillageCode, woman.ConsentToShare, random.Next(10) == 0, children, (Reach)random.Next(5)));
        }

        await suite.SignInAsync(thisQuarter.Id, women.Where(w => w.Reach == Reach.AttendedThisQuarter).Select(w => (w.Id, "王秀英")), admin);
        await suite.SignInAsync(lastQuarter.Id, women.Where(w => w.Reach == Reach.AttendedLastQuarter).Select(w => (w.Id, "王秀英")), admin);
        foreach (var w in women.Where(w => w.Reach is Reach.GuidedThisQuarter or Reach.GuidedLastQuarter))
        {
            var held = w.Reach == Reach.GuidedThisQuarter ? new Date { Year = 2026, Month = 10, Day = 1 } : new Date { Year = 2026, Month = 9, Day = 30 };
            await suite.SessionAsync(await suite.PairAsync(w.Id, admin), held, new Date { Year = 2026, Month = 12, Day = 20 }, admin);
        }
        foreach (var w in women.Where(w => w.Exited))
        {
            var current = await suite.Women.GetWomanAsync(new GetWomanRequest { Id = w.Id });
            await suite.Women.ExitWomanAsync(new ExitWomanRequest { Id = w.Id, Etag = current.Etag, RecordedBy = "测试", Exit = new ExitInfo { Reason = ExitReason.HusbandReturned, EffectiveDate = FamilyEducationSuite.Today } });
        }
        // The Registry's events are applied in order: once the last woman's household is here, all are.
        var last = await suite.RegisterAsync(SampleForms.OtherCountyVillage, children: [new DateOnly(2018, 1, 1)]);
        await suite.HouseholdAsync(last.Id, token: admin);
        women.Add(new Generated(last.Id, last.VillageCode, true, false, [new(2018, 1, 1)], Reach.None));

        foreach (var area in new[] { SampleForms.County, SampleForms.Township, SampleForms.RuralVillage, "" })
        {
            var coverage = await suite.Guidance(admin).GetCoverageAsync(new GetCoverageRequest { AreaCode = area, Year = 2026, Quarter = 4, ListUnreached = 500 });
            var expected = women.Where(w => w.Village.StartsWith(area, StringComparison.Ordinal) && w.Shared && !w.Exited && w.Children.Any(c => c > new DateOnly(2010, 12, 31))).ToList();
            var unreached = expected.Where(w => w.Reach is not (Reach.AttendedThisQuarter or Reach.GuidedThisQuarter)).Select(w => w.Id).Order().ToList();
            Assert.Equal(unreached, coverage.UnreachedWomen);
            Assert.Equal(expected.Count, coverage.Households);
            Assert.Equal(expected.Count - unreached.Count, coverage.Reached);
            Assert.Equal(unreached.Count, coverage.NotReached);
            Assert.Equal(unreached, coverage.UnreachedWomen);
        }
        var limited = await suite.Guidance(admin).GetCoverageAsync(new GetCoverageRequest { AreaCode = SampleForms.County, Year = 2026, Quarter = 4, ListUnreached = 3 });
        Assert.Equal(3, limited.UnreachedWomen.Count);
        // The third quarter: the sessions of 30 September count, those of 1 October do not.
        var third = await suite.Guidance(admin).GetCoverageAsync(new GetCoverageRequest { AreaCode = SampleForms.County, Year = 2026, Quarter = 3 });
        var thirdExpected = women.Where(w => w.Village.StartsWith(SampleForms.County, StringComparison.Ordinal) && w.Shared && !w.Exited && w.Children.Any(c => c > new DateOnly(2010, 9, 30))).ToList();
        Assert.Equal(thirdExpected.Count, third.Households);
        Assert.Equal(thirdExpected.Count(w => w.Reach is Reach.AttendedLastQuarter or Reach.GuidedLastQuarter), third.Reached);
    }

    [Fact]
    public async Task A_bad_quarter_names_its_fields_and_another_area_is_refused()
    {
        await RpcAssert.InvalidFields(() => suite.Guidance().GetCoverageAsync(new GetCoverageRequest { Year = 1999, Quarter = 5, ListUnreached = 501 }).ResponseAsync, "year", "quarter", "list_unreached");
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Guidance().GetCoverageAsync(new GetCoverageRequest { AreaCode = "231025101", Year = 2026, Quarter = 4 }).ResponseAsync);
    }

    private async Task<Activity> ActivityOn(Date date)
    {
        var venue = await suite.Activities(TestTokens.Admin).CreateVenueAsync(new CreateVenueRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), Venue = new Venue { Name = "林口县家庭教育指导中心", Kind = VenueKind.GuidanceStation, AreaCode = "231025100", Keeper = "周红" },
        });
        return await suite.Activities(TestTokens.Admin).CreateActivityAsync(new CreateActivityRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Activity = new Activity { VenueId = venue.Id, Kind = ActivityKind.Lecture, Date = date, Topic = "家庭教育促进法解读", Speaker = "县妇联", Capacity = 200 },
        });
    }
}
