using System.Diagnostics;
using System.Globalization;
using Suite.Benchmarks;

// scripts/bench.sh runs this after a Release build. Options: --women N (default 1,000,000), --import N (the
// county import, default 100,000), --soak-minutes N (default 3), --out DIR (default artifacts/benchmarks), --keep (keep the data folder),
// --only console|community|replicas (load the women unmeasured, then only the console's page loads, only Community's
// figures, or only the Registry as one and two instances, whose import adds --import women after the loaded ones).
var women = IntOption("--women", 1_000_000);
var importRows = IntOption("--import", 100_000);
var soak = TimeSpan.FromMinutes(IntOption("--soak-minutes", 3));
var only = StringOption("--only", "");
if (only is not ("" or "console" or "community" or "replicas"))
{
    Console.Error.WriteLine("--only takes one part: console, community or replicas.");
    return 2;
}
var root = RepositoryRoot();
var output = Path.GetFullPath(StringOption("--out", Path.Combine(root, "artifacts", "benchmarks")));
if (importRows >= women || importRows < 1_000)
{
    // The ledger queries page the other counties, so some women must live outside the imported county.
    Console.Error.WriteLine("--import must be at least 1,000 and less than --women.");
    return 2;
}

Directory.CreateDirectory(output);
var data = Directory.CreateTempSubdirectory("suite-bench-").FullName;
var total = Stopwatch.StartNew();
var report = new Report(women, importRows);
var generator = new WomenGenerator(Path.Combine(root, "services", "Registry", "SampleData", "areas.csv"), importRows);
Console.WriteLine($"Benchmark: {women:N0} women, data in {data}");
try
{
    await using var suite = await SuiteUnderTest.StartAsync(root, data);
    var run = new BenchmarkRun(suite, generator, report, women, importRows, soak, output);
    await (only switch { "console" => run.ExecuteConsoleAsync(), "community" => run.ExecuteCommunityAsync(), "replicas" => run.ExecuteReplicasAsync(), _ => run.ExecuteAsync() });
}
finally
{
    if (!args.Contains("--keep"))
    {
        Directory.Delete(data, recursive: true);
    }
}

var markdown = report.Markdown();
File.WriteAllText(Path.Combine(output, "results.md"), markdown);
File.WriteAllText(Path.Combine(output, "results.json"), report.Json());
Console.WriteLine();
Console.WriteLine(markdown);
Console.WriteLine($"Written to {output}/results.md and results.json in {total.Elapsed:mm\\:ss}.");
return 0;

int IntOption(string name, int fallback) =>
    int.Parse(StringOption(name, fallback.ToString(CultureInfo.InvariantCulture)).Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

string StringOption(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

static string RepositoryRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Suite.sln")))
        {
            return directory.FullName;
        }
    }
    throw new InvalidOperationException("Run the benchmark from the repository (Suite.sln not found above it).");
}
