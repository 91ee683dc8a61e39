using Suite.Contracts.Common;
using Suite.Ledger;

namespace Suite.Cli.Infrastructure;

/// <summary>Enum values on the command line: the Chinese label ("重点", "低保") or the proto name without its prefix ("priority", "minimum-allowance").</summary>
public static class EnumText
{
    public static T Parse<T>(CsvLabels<T> labels, string text, string option) where T : struct, Enum
    {
        if (labels.TryParse(text, out var byLabel) && (text.Trim().Length == 0 || Convert.ToInt32(byLabel) != 0))
        {
            return byLabel;
        }
        var wanted = text.Trim().Replace('-', '_').ToUpperInvariant();
        foreach (var value in Enum.GetValues<T>().Where(v => Convert.ToInt32(v) != 0))
        {
            var name = ProtoEnumNames.Of(value);
            if (name == wanted || name.EndsWith("_" + wanted, StringComparison.Ordinal))
            {
                return value;
            }
        }
        var english = string.Join(", ", Enum.GetValues<T>().Where(v => Convert.ToInt32(v) != 0).Select(EnumWords.English));
        throw new CliException(Words.F("{0}: '{1}' is not one of {2} (or {3})", option, text, labels.Choices, english));
    }
}
