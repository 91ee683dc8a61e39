using System.Collections;
using System.Globalization;
using Google.Protobuf;

namespace Suite.Audit;

/// <summary>Reads the values at a field path ("women.id") of a protobuf message through its descriptor.</summary>
public static class ProtoFieldPath
{
    /// <summary>Every non-empty value at the path, as text; repeated fields and messages are walked element by element.</summary>
    public static IEnumerable<string> Values(IMessage? message, string path) =>
        message is null || path.Length == 0 ? [] : Walk(message, path.Split('.'), 0);

    private static IEnumerable<string> Walk(object? value, string[] names, int depth)
    {
        switch (value)
        {
            case null:
                yield break;
            case IMessage message when depth < names.Length:
                var field = message.Descriptor.FindFieldByName(names[depth])
                    ?? throw new InvalidOperationException($"{message.Descriptor.FullName} has no field {names[depth]} (audit path {string.Join('.', names)}).");
                foreach (var item in Walk(field.Accessor.GetValue(message), names, depth + 1))
                {
                    yield return item;
                }
                break;
            case IList list:
                foreach (var element in list)
                {
                    foreach (var item in Walk(element, names, depth))
                    {
                        yield return item;
                    }
                }
                break;
            default:
                var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                if (text.Length > 0 && text != "0")
                {
                    yield return text;
                }
                break;
        }
    }
}
