using Suite.Contracts.Registry.V1;
using Suite.Registry.Model;
using Suite.Registry.UseCases;
using Xunit;
using HouseholdMember = Suite.Registry.Model.HouseholdMember;
using Woman = Suite.Registry.Model.Woman;

namespace Suite.Registry.UnitTests;

public sealed class ChangeRecordingTests
{
    private static Woman Sample() => new()
    {
        Name = "王秀英", Phone = "13800138000", VillageCode = "231025100201", Health = HealthStatus.Healthy,
        HusbandWorkPlace = HusbandWorkPlace.InProvince, HusbandDepartureDate = new DateOnly(2025, 3, 1), Skills = ["种植"],
        HouseholdMembers = [new HouseholdMember { Relation = HouseholdRelation.Child, Name = "小明", BirthDate = new DateOnly(2016, 5, 4) }],
    };

    [Fact]
    public void Identical_records_have_no_changes()
    {
        Assert.Empty(WomanSnapshot.Of(Sample()).Diff(WomanSnapshot.Of(Sample())));
    }

    [Fact]
    public void Each_changed_field_is_reported_with_old_and_new_text_in_form_order()
    {
        var before = Sample();
        var after = Sample();
        after.Phone = "13900139000";
        after.HusbandWorkPlace = HusbandWorkPlace.Abroad;
        after.HusbandDepartureDate = new DateOnly(2025, 4, 1);
        after.FormNeeds = NeedSets.Of([Need.Legal, Need.Training]);

        var diff = WomanSnapshot.Of(before).Diff(WomanSnapshot.Of(after));
        Assert.Equal(
            [
                ("phone", "13800138000", "13900139000"),
                ("husband.work_place", "HUSBAND_WORK_PLACE_IN_PROVINCE", "HUSBAND_WORK_PLACE_ABROAD"),
                ("husband.departure_date", "2025-03-01", "2025-04-01"),
                ("needs", "", "NEED_TRAINING, NEED_LEGAL"),
            ],
            diff);
    }

    [Fact]
    public void A_change_in_the_household_is_one_field()
    {
        var after = Sample();
        after.HouseholdMembers.Add(new HouseholdMember { Relation = HouseholdRelation.Parent, Name = "王大娘" });
        var change = Assert.Single(WomanSnapshot.Of(Sample()).Diff(WomanSnapshot.Of(after)));
        Assert.Equal("household_members", change.Field);
        Assert.Contains("王大娘", change.New);
    }

    [Fact]
    public void Priority_comes_from_hardship_disability_or_serious_illness_and_an_assessment_only_raises_it()
    {
        var w = Sample();
        w.RefreshDerived();
        Assert.Equal(PriorityLevel.Routine, w.Priority);
        w.AssessedLevel = PriorityLevel.Attention;
        w.RefreshDerived();
        Assert.Equal(PriorityLevel.Attention, w.Priority);
        w.EconomicStatus = EconomicStatus.Monitored;
        w.RefreshDerived();
        Assert.Equal(PriorityLevel.Priority, w.Priority);
        Assert.Equal(new DateOnly(2025, 9, 1), w.LeftBehindSince);
    }
}
