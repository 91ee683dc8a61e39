using Spectre.Console;
using Suite.Cli.Infrastructure;
using Suite.Contracts.Common.V1;
using Suite.Contracts.Registry.V1;
using Suite.Ledger;

namespace Suite.Cli.Display;

/// <summary>`suite women get`: one woman as a card in sections, the way the collection form groups her record.</summary>
public static class WomanCard
{
    public static async Task WriteAsync(CliContext context, AreaNames areas, Woman w)
    {
        await areas.LoadAsync([w.CountyCode, w.TownshipCode, w.VillageCode]);
        var card = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Section(string title) => card.AddRow(new Markup($"[bold]{Markup.Escape(Words.T(title))}[/]"), new Spectre.Console.Text(""));
        void Field(string label, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                card.AddRow(new Spectre.Console.Text("  " + Words.T(label)), new Spectre.Console.Text(value));
            }
        }

        Section("Identity");
        Field("Name", Words.F("{0} (id {1})", w.Name, w.Id));
        Field("ID number", w.ResidentIdNumber);
        Field("Birth date", DateText(w.BirthDate));
        Field("Ethnicity", w.Ethnicity);
        Field("Phone", w.Phone);
        Field("Village", string.Join(" ", new[] { areas.Name(w.CountyCode), areas.Name(w.TownshipCode), areas.Label(w.VillageCode) }.Where(n => n.Length > 0)));
        Field("Address", w.Address);
        Field("Education", Words.Name(LedgerLabels.Education, w.Education));
        Field("Status", Words.Name(LedgerLabels.Status, w.Status) + (w.Exit is { } exit && w.Status == LedgerStatus.Exited
            ? $" ({Words.Name(LedgerLabels.Exit, exit.Reason)} {DateText(exit.EffectiveDate)})" : ""));

        Section("Household");
        foreach (var m in w.HouseholdMembers)
        {
            Field(Words.Name(LedgerLabels.Relation, m.Relation), string.Join(" ", new[] { m.Name, DateText(m.BirthDate), Words.Name(LedgerLabels.Schooling, m.Schooling), m.Note }.Where(t => t.Length > 0)));
        }
        if (w.HouseholdMembers.Count == 0)
        {
            Field("Members", Words.T("none recorded"));
        }

        Section("Husband");
        Field("Name", w.Husband?.Name);
        Field("Works", w.Husband is { } h ? $"{Words.Name(LedgerLabels.WorkPlace, h.WorkPlace)} {h.WorkLocation}".Trim() : null);
        Field("Left home", DateText(w.Husband?.DepartureDate));
        Field("Contact", w.Husband is { } c ? Words.Name(LedgerLabels.Contact, c.ContactFrequency) : null);
        Field("Left-behind", Words.YesNo(w.LeftBehind) + (w.LeftBehindSince is { } since ? " " + Words.F("since {0}", DateText(since)) : ""));

        Section("Health");
        Field("Health", Words.Name(LedgerLabels.Health, w.Health));
        Field("Disability", w.DisabilityCategory == 0 ? null : $"{Words.Name(LedgerLabels.Disability, w.DisabilityCategory)} {Words.F("grade {0}", w.DisabilityGrade)}");

        Section("Economy");
        Field("Economic status", Words.Name(LedgerLabels.Economic, w.EconomicStatus));
        Field("Employment", Words.Name(LedgerLabels.Employment, w.EmploymentStatus));
        Field("Contracted land", w.ContractedLandMu > 0 ? Words.F("{0} mu", w.ContractedLandMu) : null);
        Field("Skills", string.Join(Words.English ? ", " : "、", w.Skills));

        Section("Needs");
        Field("Needs", w.Needs.Count == 0 ? Words.T("none recorded") : string.Join(Words.English ? ", " : "、", w.Needs.Select(n => Words.Name(LedgerLabels.Need, n))));
        Field("Consent to share", Words.YesNo(w.ConsentToShare));

        Section("Priority");
        Field("Priority", Words.Name(LedgerLabels.Priority, w.Priority));
        Field("Why", string.Join(Words.English ? "; " : "；", w.PriorityReasons.Select(Words.T)));
        Field("Assessment", w.Assessment is { } a ? $"{Words.Name(LedgerLabels.Priority, a.Level)} {DateText(a.AssessedOn)} {a.AssessedBy} {a.Notes}".Trim() : null);

        Section("Next visit");
        Field("Date", w.NextVisitDate is { } next ? DateText(next) : Words.T("not planned"));
        Field("Collected", $"{DateText(w.CollectedOn)} {w.CollectedBy}".Trim());

        context.Console.Write(card);
    }

    private static string DateText(Date? date) => date is null || date.Year == 0 ? "" : date.ToIsoString();
}
