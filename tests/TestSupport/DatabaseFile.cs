using System.Text;

namespace Suite.TestSupport;

/// <summary>The raw bytes of a SQLite database and its write-ahead log, as text, to look for what must not be stored in clear.</summary>
public static class DatabaseFile
{
    public static string RawText(string path)
    {
        var text = new StringBuilder();
        foreach (var file in new[] { path, path + "-wal" }.Where(File.Exists))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream, Encoding.Latin1);
            text.Append(reader.ReadToEnd());
        }
        return text.ToString();
    }
}
