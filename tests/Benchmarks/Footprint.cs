using System.Globalization;
using Suite.Contracts;

namespace Suite.Benchmarks;

/// <summary>Resident memory and CPU time of a process, from /proc (Linux).</summary>
public static class Footprint
{
    private const double ClockTicksPerSecond = 100; // USER_HZ: 100 on every Linux this runs on

    /// <summary>User plus system CPU time the process has used so far.</summary>
    public static TimeSpan CpuTime(int pid)
    {
        // Fields after the command name, which is in parentheses and may hold spaces: utime is the 12th, stime the 13th.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / ClockTicksPerSecond);
    }

    /// <summary>
    /// The machine's CPU time so far, in ticks, and the part of it the hypervisor ran something else on our cores
    /// ("steal"), from /proc/stat: on a shared virtual machine that is how much of the run the host took away.
    /// </summary>
    public static (long All, long Stolen) MachineTicks()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal (guest times are already inside user).
        return (fields.Take(8).Sum(), fields[7]);
    }

    /// <summary>Current resident set (VmRSS).</summary>
    public static long ResidentBytes(int pid) => Read(pid, "VmRSS:");

    /// <summary>Peak resident set since the process started (VmHWM).</summary>
    public static long PeakResidentBytes(int pid) => Read(pid, "VmHWM:");

    private static long Read(int pid, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }
}

/// <summary>Memory and size (6).</summary>
public sealed partial class BenchmarkRun
{
    private const double MiB = 1024 * 1024;
    private double _rawBytesPerThousand;

    private void MeasureFootprint(Dictionary<string, long> startRss)
    {
        var started = new Dictionary<string, int>
        {
            [ResourceNames.Registry] = suite.ProcessId(ResourceNames.Registry),
            [ResourceNames.Assistance] = suite.ProcessId(ResourceNames.Assistance),
        };
        suite.Refresh();
        foreach (var (service, pid) in started)
        {
            Require(suite.ProcessId(service) == pid, $"{service} was restarted during the run; its peak memory would be incomplete");
            var peak = Footprint.PeakResidentBytes(pid) / MiB;
            report.Add(new Figure("Memory", $"{service}: peak RSS over the run", peak, "MiB", "RSS when started", startRss[service] / MiB,
                "≤ 300 MiB", peak <= 300));
        }

        var registrySize = RawSqlite.SizeOnDisk(suite.RegistryDatabase) * 1000.0 / women / 1024;
        report.Add(new Figure("Size", "Registry database per 1,000 women", registrySize, "KiB", "raw women rows (same table and indexes)",
            _rawBytesPerThousand / 1024, "", null));
        var floorFile = Path.Combine(output, "raw-assistance-floor.db");
        var (rows, _, bytes) = RawSqlite.InsertSameRows(suite.AssistanceDatabase, floorFile, "Women", "1 = 1");
        File.Delete(floorFile);
        var assistanceSize = RawSqlite.SizeOnDisk(suite.AssistanceDatabase) * 1000.0 / women / 1024;
        report.Add(new Figure("Size", "Assistance database per 1,000 women", assistanceSize, "KiB", "its women rows alone",
            bytes * 1000.0 / rows / 1024, "", null));
    }
}
