using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Suite.Benchmarks;

/// <summary>
/// One measured figure with the floor it is judged against, both from the same run. <see cref="Ratio"/> is
/// figure / floor: for rates, the share of the floor reached; for times and sizes, how many floors it costs.
/// </summary>
public sealed record Figure(string Area, string Measure, double Value, string Unit, string Floor, double FloorValue, string Goal, bool? Met)
{
    public double Ratio => FloorValue == 0 ? double.NaN : Value / FloorValue;
}

/// <summary>Collects figures and writes them as a markdown table and a JSON file.</summary>
public sealed class Report(int women, int importRows)
{
    private readonly List<Figure> _figures = [];
    private readonly List<string> _notes = [];

    public IReadOnlyList<Figure> Figures => _figures;

    public void Add(Figure figure)
    {
        _figures.Add(figure);
        Console.WriteLine($"  {figure.Measure}: {Format(figure.Value)} {figure.Unit} (floor {Format(figure.FloorValue)}, ratio {Format(figure.Ratio)}){Verdict(figure.Met)}");
    }

    public void Note(string note)
    {
        _notes.Add(note);
        Console.WriteLine("  note: " + note);
    }

    public string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Run {DateTime.Now:yyyy-MM-dd} on {Environment.ProcessorCount} cores ({Machine()}); {women:N0} women, county import of {importRows:N0} rows; client and services share the cores.");
        text.AppendLine();
        text.AppendLine("| Area | Measure | Result | Floor (same run) | Ratio | Goal | Met |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var f in _figures)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {f.Area} | {f.Measure} | {Format(f.Value)} {f.Unit} | {f.Floor}: {Format(f.FloorValue)} | {Format(f.Ratio)} | {f.Goal} | {Verdict(f.Met).Trim()} |");
        }
        if (_notes.Count > 0)
        {
            text.AppendLine();
            foreach (var note in _notes)
            {
                text.AppendLine("- " + note);
            }
        }
        return text.ToString();
    }

    public string Json() => JsonSerializer.Serialize(new
    {
        date = DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        cores = Environment.ProcessorCount,
        machine = Machine(),
        women,
        importRows,
        figures = _figures.Select(f => new { f.Area, f.Measure, f.Value, f.Unit, f.Floor, f.FloorValue, ratio = double.IsNaN(f.Ratio) ? (double?)null : f.Ratio, f.Goal, f.Met }),
        notes = _notes,
    }, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase });

    private static string Verdict(bool? met) => met switch { true => " yes", false => " **no**", null => "" };

    public static string Format(double value) => double.IsNaN(value) ? "-"
        : Math.Abs(value) >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture)
        : Math.Abs(value) >= 10 ? value.ToString("N1", CultureInfo.InvariantCulture)
        : value.ToString("N2", CultureInfo.InvariantCulture);

    private static string Machine()
    {
        try
        {
            var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return model?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
    }
}
