using Suite.Contracts.Common;
using Suite.Contracts.Registry.V1;
using Suite.Ledger;
using Xunit;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Registry.UnitTests;

public sealed class LedgerCsvTests
{
    [Fact]
    public void A_ledger_row_reads_back_into_the_same_form()
    {
        var woman = new Woman
        {
            VillageCode = "231025100201", Name = "𠮷祥, \"小名\"", ResidentIdNumber = "11010519491231002X", Ethnicity = "汉族", Phone = "13800138000",
            Education = Education.Primary, Health = HealthStatus.Disabled, DisabilityCategory = DisabilityCategory.Physical, DisabilityGrade = 2,
            EconomicStatus = EconomicStatus.MinimumAllowance,
            Husband = new Husband { Name = "李建国", WorkPlace = HusbandWorkPlace.Abroad, WorkLocation = "韩国", DepartureDate = new Date { Year = 2025, Month = 1, Day = 2 }, ContactFrequency = ContactFrequency.Monthly },
            HouseholdMembers = { new HouseholdMember { Relation = HouseholdRelation.Child, Name = "小明", BirthDate = new Date { Year = 2016, Month = 5, Day = 4 }, Schooling = Schooling.Primary } },
            ContractedLandMu = 8.5, EmploymentStatus = EmploymentStatus.Farming, Skills = { "种植", "家政" }, Needs = { Need.Legal, Need.Training },
            ConsentToShare = true, CollectedBy = "李春华", CollectedOn = new Date { Year = 2026, Month = 10, Day = 15 },
        };
        var line = LedgerCsv.FormatRow(1, woman, code => code);
        var cells = CsvCodec.ReadRecords(new StringReader(line)).Single();
        Assert.Equal(LedgerCsv.Header.Length, cells.Count);

        var errors = new List<(string, string)>();
        var read = LedgerCsv.ParseRow(cells, errors);
        Assert.Empty(errors);
        Assert.Equal(woman, read);
    }

    [Fact]
    public void Unknown_labels_are_reported_by_column()
    {
        var cells = new string[LedgerCsv.Header.Length];
        Array.Fill(cells, "");
        cells[12] = "很好";
        var errors = new List<(string Column, string Error)>();
        LedgerCsv.ParseRow(cells, errors);
        Assert.Equal("健康状况", Assert.Single(errors).Column);
    }
}
