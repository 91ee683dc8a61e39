using Google.Rpc;

namespace Suite.Registry.FunctionalTests;

public sealed class CreateWomanTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    [Fact]
    public async Task Create_returns_the_woman_with_derived_fields()
    {
        var form = SampleForms.Woman();
        var created = await registry.Women.CreateWomanAsync(SampleForms.Create(form));

        Assert.True(created.Id > 0);
        Assert.Equal("1", created.Etag);
        // Identifiers are answered masked (GB/T 35273); the full values need pii.reveal and a purpose.
        Assert.Equal(form.ResidentIdNumber[..6] + "************", created.ResidentIdNumber);
        Assert.Equal("138****8000", created.Phone);
        Assert.Equal(SampleForms.County, created.CountyCode);
        Assert.Equal(SampleForms.Township, created.TownshipCode);
        Assert.Equal(LedgerStatus.Active, created.Status);
        Assert.Equal(PriorityLevel.Routine, created.Priority);
        // Husband left 2025-03-01: six months later she counts as left-behind, and today is 2026-11-22.
        Assert.Equal(new Date { Year = 2025, Month = 9, Day = 1 }, created.LeftBehindSince);
        Assert.True(created.LeftBehind);
        Assert.Equal(int.Parse(form.ResidentIdNumber.Substring(6, 4)), created.BirthDate.Year);

        var read = await registry.Women.GetWomanAsync(new GetWomanRequest { Id = created.Id });
        Assert.Equal(created, read);
        var revealed = await registry.Women.GetWomanAsync(new GetWomanRequest { Id = created.Id, RevealPurpose = "核对身份" });
        Assert.Equal((form.ResidentIdNumber, form.Phone), (revealed.ResidentIdNumber, revealed.Phone));
    }

    [Fact]
    public async Task A_husband_abroad_working_in_Ningbo_is_a_contradiction_and_creates_nothing()
    {
        var form = SampleForms.Woman(name: "矛盾");
        form.Husband.WorkPlace = HusbandWorkPlace.Abroad;
        form.Husband.WorkLocation = "浙江省宁波市";
        await RpcAssert.InvalidFields(() => registry.Women.CreateWomanAsync(SampleForms.Create(form)).ResponseAsync, "woman.husband.work_location");
        var list = await registry.Women.ListWomenAsync(new ListWomenRequest { Filter = new WomenFilter { NamePrefix = "矛盾" } });
        Assert.Empty(list.Women);
    }

    [Fact]
    public async Task A_retry_with_the_same_request_id_returns_the_first_woman()
    {
        var request = SampleForms.Create();
        var first = await registry.Women.CreateWomanAsync(request);
        var second = await registry.Women.CreateWomanAsync(request);
        Assert.Equal(first.Id, second.Id);
    }

    [Fact]
    public async Task A_second_woman_with_the_same_ID_number_is_refused_naming_the_existing_id()
    {
        var form = SampleForms.Woman();
        var first = await registry.Women.CreateWomanAsync(SampleForms.Create(form));
        var again = SampleForms.Woman(idNumber: form.ResidentIdNumber.ToLowerInvariant(), name: "另一人");

        var ex = await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => registry.Women.CreateWomanAsync(SampleForms.Create(again)).ResponseAsync);
        Assert.Equal(first.Id.ToString(), ex.GetRpcStatus()!.GetDetail<ResourceInfo>()!.ResourceName);
        Assert.Contains(first.Id.ToString(), ex.Status.Detail);
    }

    [Fact]
    public async Task Every_invalid_field_is_named_and_nothing_is_created()
    {
        var bad = SampleForms.Woman(name: "");
        bad.ResidentIdNumber = "110105194912310021"; // wrong check character
        bad.Phone = "2380013800";
        bad.VillageCode = "231025100299"; // no such village
        bad.CollectedOn = new Date { Year = 2027, Month = 1, Day = 1 };
        bad.Husband.DepartureDate = new Date { Year = 2025, Month = 2, Day = 30 };
        bad.Health = HealthStatus.Disabled; // without category and grade

        var fields = await RpcAssert.InvalidFields(() => registry.Women.CreateWomanAsync(SampleForms.Create(bad)).ResponseAsync,
            "woman.name", "woman.resident_id_number", "woman.phone", "woman.village_code", "woman.collected_on",
            "woman.husband.departure_date", "woman.disability_category", "woman.disability_grade");
        Assert.Equal(8, fields.Count);

        var list = await registry.Women.ListWomenAsync(new ListWomenRequest { Filter = new WomenFilter { AreaCode = "231025100299" } });
        Assert.Empty(list.Women);
    }

    [Theory]
    [InlineData("11010519491231002", "must be 18 characters")]
    [InlineData("110105194913310027", "not a valid date")]
    [InlineData("11010520991231002X", "future")]
    [InlineData("1101051949123100AX", "digits")]
    public async Task Invalid_ID_numbers_are_refused_with_the_reason(string idNumber, string reason)
    {
        var woman = SampleForms.Woman(idNumber: idNumber);
        var ex = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => registry.Women.CreateWomanAsync(SampleForms.Create(woman)).ResponseAsync);
        var violation = ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Single(v => v.Field == "woman.resident_id_number");
        Assert.Contains(reason, violation.Description);
    }

    [Fact]
    public async Task A_male_ID_number_is_refused()
    {
        // A correct check character, so that only the sex rule can refuse it: the 17th digit 3 is odd.
        var woman = SampleForms.Woman(idNumber: TestIdentities.WithCheck("11010519491231003"));
        var ex = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => registry.Women.CreateWomanAsync(SampleForms.Create(woman)).ResponseAsync);
        Assert.Contains("odd", ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Single().Description);
    }

    [Fact]
    public async Task The_GB_11643_test_vector_is_accepted()
    {
        var created = await registry.Women.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(idNumber: "11010519491231002X")));
        Assert.Equal("11010519491231002X", (await registry.Women.GetWomanAsync(new GetWomanRequest { Id = created.Id, RevealPurpose = "测试" })).ResidentIdNumber);
        Assert.Equal(new Date { Year = 1949, Month = 12, Day = 31 }, created.BirthDate);
    }

    [Fact]
    public async Task Names_keep_characters_outside_the_BMP_and_count_them_as_one()
    {
        var fifty = "𠮷" + new string('英', 49);
        var created = await registry.Women.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(name: fifty)));
        Assert.Equal(fifty, (await registry.Women.GetWomanAsync(new GetWomanRequest { Id = created.Id })).Name);

        await RpcAssert.InvalidFields(() => registry.Women.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(name: fifty + "𠮷"))).ResponseAsync, "woman.name");
    }

    [Fact]
    public async Task A_woman_in_an_urban_community_is_registered_but_not_rural_left_behind()
    {
        var created = await registry.Women.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(SampleForms.UrbanCommunity)));
        Assert.False(created.VillageRural);
        Assert.False(created.LeftBehind);
    }

    [Fact]
    public async Task Hardship_disability_or_serious_illness_makes_her_priority_with_reasons()
    {
        var form = SampleForms.Woman();
        form.EconomicStatus = EconomicStatus.MinimumAllowance;
        form.Health = HealthStatus.Disabled;
        form.DisabilityCategory = DisabilityCategory.Physical;
        form.DisabilityGrade = 2;
        var created = await registry.Women.CreateWomanAsync(SampleForms.Create(form));
        Assert.Equal(PriorityLevel.Priority, created.Priority);
        Assert.Equal(["生活困难：最低生活保障", "残疾"], created.PriorityReasons);
    }

    [Fact]
    public async Task Missing_request_id_and_woman_are_invalid()
    {
        await RpcAssert.InvalidFields(() => registry.Women.CreateWomanAsync(new CreateWomanRequest()).ResponseAsync, "request_id", "woman");
    }
}
