using System.Text;

namespace Suite.Cli.Infrastructure;

/// <summary>
/// Reads a CSV file in UTF-8 (with or without BOM) or GB18030, the encoding many county offices' spreadsheets
/// export: a file that is not valid UTF-8 is read as GB18030.
/// </summary>
public static class CsvInput
{
    static CsvInput() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string ReadAllText(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException(Words.F("File not found: {0}", path));
        }
        var bytes = File.ReadAllBytes(path);
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }
}
