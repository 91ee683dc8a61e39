using System.Globalization;
using Suite.Contracts.Common;
using Suite.Contracts.Registry.V1;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Ledger;

/// <summary>
/// The information ledger (信息台账, attachment 4) as CSV: one row per woman, Chinese headers and labels.
/// The same layout is exported by the Registry and read back by survey imports; columns marked output
/// (row number, area names, birth date, priority, left-behind, status) are ignored on import.
/// Household members: "relation:name:yyyy-MM-dd:schooling:note" separated by ';'. Lists: '、'.
/// </summary>
public static class LedgerCsv
{
    public static readonly string[] Header =
    [
        "序号", "县(市、区)", "乡镇(街道)", "村(居)", "村代码", "姓名", "身份证号", "民族", "出生日期", "联系电话", "家庭住址",
        "文化程度", "健康状况", "残疾类别", "残疾等级", "经济状况", "丈夫姓名", "丈夫务工地", "务工地点", "外出时间", "联系频率",
        "家庭成员", "承包地(亩)", "就业状况", "技能", "需求", "同意信息共享", "重点对象", "留守状态", "台账状态", "采集人", "采集日期",
    ];

    private const char ListSeparator = '、';

    /// <summary>Area names for the three name columns; codes stand in when a name is unknown.</summary>
    public delegate string AreaName(string code);

    public static string FormatRow(int rowNumber, Woman w, AreaName areaName) => CsvCodec.FormatLine(
    [
        rowNumber.ToString(CultureInfo.InvariantCulture), areaName(w.CountyCode), areaName(w.TownshipCode), areaName(w.VillageCode),
        w.VillageCode, w.Name, w.ResidentIdNumber, w.Ethnicity, w.BirthDate?.ToIsoString() ?? "", w.Phone, w.Address,
        LedgerLabels.Education.Label(w.Education), LedgerLabels.Health.Label(w.Health), LedgerLabels.Disability.Label(w.DisabilityCategory),
        w.DisabilityGrade == 0 ? "" : w.DisabilityGrade.ToString(CultureInfo.InvariantCulture), LedgerLabels.Economic.Label(w.EconomicStatus),
        w.Husband?.Name ?? "", LedgerLabels.WorkPlace.Label(w.Husband?.WorkPlace ?? default), w.Husband?.WorkLocation ?? "",
        w.Husband?.DepartureDate?.ToIsoString() ?? "", LedgerLabels.Contact.Label(w.Husband?.ContactFrequency ?? default),
        string.Join(';', w.HouseholdMembers.Select(FormatMember)), w.ContractedLandMu.ToString(CultureInfo.InvariantCulture),
        LedgerLabels.Employment.Label(w.EmploymentStatus), string.Join(ListSeparator, w.Skills),
        string.Join(ListSeparator, w.Needs.Select(LedgerLabels.Need.Label)), w.ConsentToShare ? LedgerLabels.Yes : LedgerLabels.No,
        LedgerLabels.Priority.Label(w.Priority), w.LeftBehind ? LedgerLabels.Yes : LedgerLabels.No, LedgerLabels.Status.Label(w.Status),
        w.CollectedBy, w.CollectedOn?.ToIsoString() ?? "",
    ]);

    private static string FormatMember(HouseholdMember m) =>
        string.Join(':', LedgerLabels.Relation.Label(m.Relation), m.Name, m.BirthDate?.ToIsoString() ?? "", LedgerLabels.Schooling.Label(m.Schooling), m.Note);

    /// <summary>True when the cells are the header line (possibly with a UTF-8 BOM on the first cell).</summary>
    public static bool IsHeader(IReadOnlyList<string> cells) => cells.Count > 0 && cells[0].TrimStart('\uFEFF') == Header[0];

    /// <summary>Reads one data row into a woman; returns the cells that could not be read (column name and why).</summary>
    public static Woman ParseRow(IReadOnlyList<string> cells, List<(string Column, string Error)> errors)
    {
        string Cell(int i) => i < cells.Count ? cells[i].Trim() : "";
        var w = new Woman
        {
            VillageCode = Cell(4), Name = Cell(5), ResidentIdNumber = Cell(6), Ethnicity = Cell(7), Phone = Cell(9), Address = Cell(10),
            Education = Enum(LedgerLabels.Education, 11), Health = Enum(LedgerLabels.Health, 12), DisabilityCategory = Enum(LedgerLabels.Disability, 13),
            DisabilityGrade = Int(14), EconomicStatus = Enum(LedgerLabels.Economic, 15),
            Husband = new Husband
            {
                Name = Cell(16), WorkPlace = Enum(LedgerLabels.WorkPlace, 17), WorkLocation = Cell(18),
                DepartureDate = DateCell(19), ContactFrequency = Enum(LedgerLabels.Contact, 20),
            },
            ContractedLandMu = Double(22), EmploymentStatus = Enum(LedgerLabels.Employment, 23),
            ConsentToShare = Cell(26) == LedgerLabels.Yes, CollectedBy = Cell(30), CollectedOn = DateCell(31),
        };
        w.HouseholdMembers.AddRange(Members(Cell(21)));
        w.Skills.AddRange(List(Cell(24)));
        w.Needs.AddRange(List(Cell(25)).Select(label => LedgerLabels.Need.TryParse(label, out var n) ? n : Fail(25, label, LedgerLabels.Need.Choices, Need.Unspecified)));
        return w;

        T Fail<T>(int column, string value, string expected, T fallback)
        {
            errors.Add((Header[column], $"“{value}”不是可选值（{expected}）"));
            return fallback;
        }
        T Enum<T>(CsvLabels<T> labels, int column) where T : struct, System.Enum =>
            labels.TryParse(Cell(column), out var value) ? value : Fail(column, Cell(column), labels.Choices, default(T));
        int Int(int column) =>
            Cell(column).Length == 0 ? 0 : int.TryParse(Cell(column), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : Fail(column, Cell(column), "a whole number", 0);
        double Double(int column) =>
            Cell(column).Length == 0 ? 0 : double.TryParse(Cell(column), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : Fail(column, Cell(column), "a number", 0d);
        Date? DateCell(int column) =>
            Cell(column).Length == 0 ? null : Date.TryParseIso(Cell(column), out var d) ? d : Fail<Date?>(column, Cell(column), "a date yyyy-MM-dd", null);
        IEnumerable<HouseholdMember> Members(string text) => text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(item =>
        {
            var parts = item.Split(':');
            string Part(int i) => i < parts.Length ? parts[i].Trim() : "";
            var member = new HouseholdMember { Name = Part(1), Note = Part(4) };
            member.Relation = LedgerLabels.Relation.TryParse(Part(0), out var r) ? r : Fail(21, Part(0), LedgerLabels.Relation.Choices, HouseholdRelation.Unspecified);
            member.Schooling = LedgerLabels.Schooling.TryParse(Part(3), out var s) ? s : Fail(21, Part(3), LedgerLabels.Schooling.Choices, Schooling.Unspecified);
            member.BirthDate = Part(2).Length == 0 ? null : Date.TryParseIso(Part(2), out var d) ? d : Fail<Date?>(21, Part(2), "a date yyyy-MM-dd", null);
            return member;
        }).ToList();
    }

    private static IEnumerable<string> List(string text) =>
        text.Split([ListSeparator, ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
