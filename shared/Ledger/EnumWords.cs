using Suite.Contracts.Common;

namespace Suite.Ledger;

/// <summary>
/// An enum value's English words, from its proto name without the enum's prefix (PriorityLevel.Key,
/// "PRIORITY_LEVEL_KEY" → "key"): the CLI's form for typing and tables ("minimum-allowance"), and the console's
/// form to read ("Minimum allowance"). The Chinese labels stay in the *Labels tables.
/// </summary>
public static class EnumWords
{
    /// <summary>The proto name without its prefix, lower case, words joined by hyphens: "minimum-allowance".</summary>
    public static string English<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = ProtoEnumNames.Of(value);
        var prefix = string.Concat(typeof(TEnum).Name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant() + "_";
        return (name.StartsWith(prefix, StringComparison.Ordinal) ? name[prefix.Length..] : name).ToLowerInvariant().Replace('_', '-');
    }

    /// <summary>The same words as a person reads them: "Minimum allowance".</summary>
    public static string Humanized<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var words = English(value).Replace('-', ' ');
        return words.Length == 0 ? "" : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
