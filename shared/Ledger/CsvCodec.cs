using System.Text;

namespace Suite.Ledger;

/// <summary>RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled.</summary>
public static class CsvCodec
{
    public static string FormatLine(IEnumerable<string> cells) => string.Join(',', cells.Select(Quote)) + "\r\n";

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;

    /// <summary>Reads all records of a CSV text; a quoted field may span lines.</summary>
    public static IEnumerable<List<string>> ReadRecords(TextReader reader)
    {
        var record = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            any = true;
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        cell.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    cell.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    record.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    record.Add(cell.ToString());
                    cell.Clear();
                    yield return record;
                    record = [];
                    any = false;
                    break;
                default:
                    cell.Append(ch);
                    break;
            }
        }
        if (any)
        {
            record.Add(cell.ToString());
            yield return record;
        }
    }
}
