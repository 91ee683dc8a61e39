using Suite.Contracts.Registry.V1;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.TestSupport;

/// <summary>Collection forms for tests, valid unless a test spoils them. Villages come from the shipped sample areas.</summary>
public static class SampleForms
{
    /// <summary>东升村, 林口镇, 林口县: rural (210).</summary>
    public const string RuralVillage = "231025100201";
    /// <summary>新华村 in the same township: rural (220).</summary>
    public const string OtherRuralVillage = "231025100202";
    /// <summary>林口社区: urban (121), so nobody there is "rural left-behind".</summary>
    public const string UrbanCommunity = "231025100001";
    public const string County = "231025";
    public const string Township = "231025100";
    /// <summary>穆棱市, another county.</summary>
    public const string OtherCounty = "231085";
    public const string OtherCountyVillage = "231085100201";

    public static Woman Woman(string? villageCode = null, string? idNumber = null, string name = "王秀英") => new()
    {
        Name = name,
        ResidentIdNumber = idNumber ?? TestIdentities.NextFemaleId(),
        Ethnicity = "汉族",
        Phone = "13800138000",
        VillageCode = villageCode ?? RuralVillage,
        Address = "3组12号",
        Education = Education.JuniorSecondary,
        Health = HealthStatus.Healthy,
        EconomicStatus = EconomicStatus.Ordinary,
        Husband = new Husband
        {
            Name = "李建国",
            WorkPlace = HusbandWorkPlace.OutOfProvince,
            WorkLocation = "浙江省宁波市",
            DepartureDate = new Date { Year = 2025, Month = 3, Day = 1 },
            ContactFrequency = ContactFrequency.Weekly,
        },
        HouseholdMembers =
        {
            new HouseholdMember { Relation = HouseholdRelation.Child, Name = "李小明", BirthDate = new Date { Year = 2016, Month = 5, Day = 4 }, Schooling = Schooling.Primary },
        },
        ContractedLandMu = 8.5,
        EmploymentStatus = EmploymentStatus.Farming,
        Skills = { "种植" },
        Needs = { Need.Training },
        ConsentToShare = true,
        CollectedBy = "李春华",
        CollectedOn = new Date { Year = 2026, Month = 10, Day = 15 },
    };

    public static CreateWomanRequest Create(Woman? woman = null) => new() { RequestId = Guid.NewGuid().ToString("N"), Woman = woman ?? Woman() };
}
