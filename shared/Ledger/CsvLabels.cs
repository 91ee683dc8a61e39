using Suite.Contracts.Registry.V1;
using Proto = Suite.Contracts.Registry.V1;

namespace Suite.Ledger;

/// <summary>Two-way map between an enum and the Chinese label county offices write in their spreadsheets.</summary>
public sealed class CsvLabels<TEnum>(params (TEnum Value, string Label)[] pairs) where TEnum : struct, Enum
{
    private readonly Dictionary<TEnum, string> _labels = pairs.ToDictionary(p => p.Value, p => p.Label);
    private readonly Dictionary<string, TEnum> _values = pairs.ToDictionary(p => p.Label, p => p.Value);

    public string Label(TEnum value) => _labels.GetValueOrDefault(value, "");

    /// <summary>An empty cell is the unspecified (zero) value; an unknown label fails.</summary>
    public bool TryParse(string label, out TEnum value)
    {
        label = label.Trim();
        value = default;
        return label.Length == 0 || _values.TryGetValue(label, out value);
    }

    public string Choices => string.Join("/", _labels.Values);

    /// <summary>Every value with its label, in the table's order (for a form's choices).</summary>
    public IEnumerable<(TEnum Value, string Label)> All => _labels.Select(pair => (pair.Key, pair.Value));

    /// <summary>The label of the value whose proto name (e.g. "RISK_COLOUR_RED") is given; null when none is.</summary>
    public string? LabelOf(string protoName) =>
        _labels.FirstOrDefault(pair => Suite.Contracts.Common.ProtoEnumNames.Of(pair.Key) == protoName).Value;
}
