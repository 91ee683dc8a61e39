using System.Globalization;
using System.Text;

namespace Suite.Cli.Infrastructure;

/// <summary>
/// Reads a CSV file in UTF-8 (with or without BOM) or GB18030, the encoding many county offices' spreadsheets
/// export. A file that does not decode cleanly is refused with the line and the reason, never read with replacement
/// characters: bytes that are not UTF-8 under a UTF-8 mark, a file mixing UTF-8 and GB18030 lines, bytes that are
/// neither. A header that is not the expected one is refused as a whole, in one message.
/// </summary>
public static class CsvInput
{
    static CsvInput() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadAllText(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException(Words.F("File not found: {0}", path));
        }
        var bytes = File.ReadAllBytes(path);
        var text = Decode(bytes, path);
        if (text.IndexOf('\uFFFD') is >= 0 and var at)
        {
            throw new CliException(Words.F("{0}, line {1}: the file holds replacement characters (�) from an earlier wrong conversion; fix the line and save it again", path, LineOf(text, at)));
        }
        return text;
    }

    private static string Decode(byte[] bytes, string path)
    {
        var lines = Lines(bytes);
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            return FirstNotUtf8(lines) is { } bad
                ? throw new CliException(Words.F("{0}, line {1}: bytes that are not UTF-8, though the file is marked UTF-8; save it again as UTF-8 or GB18030", path, bad))
                : StrictUtf8.GetString(bytes, 3, bytes.Length - 3);
        }
        if (FirstNotUtf8(lines) is not { } firstNotUtf8)
        {
            return StrictUtf8.GetString(bytes);
        }
        // Not UTF-8 as a whole: GB18030, unless some lines are UTF-8 with Chinese in them (two encodings in one file).
        if (lines.FindIndex(l => l.NonAscii && IsUtf8(l.Bytes)) is >= 0 and var utf8Line)
        {
            throw new CliException(Words.F("{0}: line {1} is UTF-8 but line {2} is not; the file mixes encodings, save it again in one", path, utf8Line + 1, firstNotUtf8));
        }
        var gb18030 = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        for (var i = 0; i < lines.Count; i++)
        {
            try
            {
                gb18030.GetString(lines[i].Bytes);
            }
            catch (DecoderFallbackException)
            {
                throw new CliException(Words.F("{0}, line {1}: bytes that are neither UTF-8 nor GB18030; save the file again as UTF-8 or GB18030", path, i + 1));
            }
        }
        return gb18030.GetString(bytes);
    }

    /// <summary>The file's header, when its first row is one (its first cell is not a row number), must be exactly <paramref name="expected"/>.</summary>
    public static List<List<string>> WithoutHeader(List<List<string>> rows, IReadOnlyList<string> expected, string path)
    {
        if (rows.Count == 0 || long.TryParse(rows[0][0].Trim(), CultureInfo.InvariantCulture, out _))
        {
            return rows;
        }
        var header = rows[0].Select(c => c.Trim().TrimStart('\uFEFF')).ToList();
        var wrong = expected.Select((name, i) => (name, i)).Where(c => c.i >= header.Count || header[c.i] != c.name)
            .Select(c => c.i >= header.Count ? Words.F("column {0} \"{1}\" is missing", c.i + 1, c.name) : Words.F("column {0} is \"{1}\", expected \"{2}\"", c.i + 1, header[c.i], c.name))
            .Concat(header.Skip(expected.Count).Select((extra, i) => Words.F("column {0} \"{1}\" is not in the layout", expected.Count + i + 1, extra)))
            .ToList();
        return wrong.Count == 0
            ? rows.Skip(1).ToList()
            : throw new CliException(Words.F("{0}: the header is not the expected layout: {1}", path, string.Join(Words.English ? "; " : "；", wrong)));
    }

    private sealed record Line(byte[] Bytes, bool NonAscii);

    private static List<Line> Lines(byte[] bytes)
    {
        var lines = new List<Line>();
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        for (var i = start; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == (byte)'\n')
            {
                var line = bytes[start..i];
                lines.Add(new Line(line, line.Any(b => b >= 0x80)));
                start = i + 1;
            }
        }
        return lines;
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The 1-based number of the first line that is not UTF-8, or null.</summary>
    private static int? FirstNotUtf8(List<Line> lines) => lines.FindIndex(l => l.NonAscii && !IsUtf8(l.Bytes)) is >= 0 and var i ? i + 1 : null;

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;
}
