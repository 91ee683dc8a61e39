using System.Text;
using System.Text.Json;

namespace Suite.AppHost.Hosting;

/// <summary>The resource table: printed for people, and written to data/apphost/resources.json for tools (the CLI, tests).</summary>
public static class ResourceTable
{
    public static string Format(IReadOnlyList<Resource> resources)
    {
        string[] header = ["NAME", "STATE", "HEALTH", "PID", "ENDPOINT"];
        var rows = resources.Select(r => new[] { r.Name, r.State.ToString(), r.Health, r.ProcessId?.ToString() ?? "", r.Endpoint }).Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Max(row => row[i].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendLine("  " + string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        }
        return text.ToString();
    }

    public static void Write(string path, IReadOnlyList<Resource> resources)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var json = JsonSerializer.Serialize(new
        {
            hostProcessId = Environment.ProcessId,
            resources = resources.Select(r => new { name = r.Name, state = r.State.ToString(), health = r.Health, pid = r.ProcessId, endpoint = r.Endpoint }),
        }, new JsonSerializerOptions { WriteIndented = true });
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, json);
        File.Move(temporary, path, overwrite: true);
    }
}
