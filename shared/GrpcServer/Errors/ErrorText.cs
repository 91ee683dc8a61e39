using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Google.Rpc;

namespace Suite.GrpcServer.Errors;

/// <summary>
/// The words of error messages for the people who read them: resources named in words ("woman 12", not
/// "suite.registry.v1.Woman 12"), and the Chinese of statuses, fields and rules (Resources/ErrorText.resx, keyed by
/// the English) for the google.rpc.LocalizedMessage each refusal carries beside the English developer message.
/// </summary>
public static partial class ErrorText
{
    private static readonly ResourceManager ChineseText = new("Suite.GrpcServer.Resources.ErrorText", typeof(ErrorText).Assembly);

    public const string ChineseLocale = "zh-CN";
    public const string EnglishLocale = "en-US";

    /// <summary>The locale a call asks for in its accept-language metadata; Chinese unless it asks for English.</summary>
    public static string LocaleOf(string? acceptLanguage) =>
        acceptLanguage?.TrimStart().StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? EnglishLocale : ChineseLocale;

    /// <summary>A resource type in words: "woman", "legal aid application".</summary>
    public static string ResourceWords(string resourceType)
    {
        var name = resourceType[(resourceType.LastIndexOf('.') + 1)..];
        return CamelWords().Replace(name, " $1").Trim().ToLowerInvariant();
    }

    [GeneratedRegex("([A-Z])")]
    private static partial Regex CamelWords();

    /// <summary>The message of a status in the locale: Chinese built from the status, its details and the resources; English as sent, in words.</summary>
    public static string Localized(Code code, string message, IEnumerable<Google.Protobuf.WellKnownTypes.Any> details, string locale)
    {
        var list = details.ToList();
        var resource = list.Where(d => d.Is(ResourceInfo.Descriptor)).Select(d => d.Unpack<ResourceInfo>()).FirstOrDefault();
        var badRequest = list.Where(d => d.Is(BadRequest.Descriptor)).Select(d => d.Unpack<BadRequest>()).FirstOrDefault();
        if (locale == EnglishLocale)
        {
            return resource is null ? message : message.Replace(resource.ResourceType, ResourceWords(resource.ResourceType), StringComparison.Ordinal);
        }
        var status = Zh(code.ToString());
        return code switch
        {
            Code.InvalidArgument when badRequest is { FieldViolations.Count: > 0 } =>
                status + "：" + string.Join("；", badRequest.FieldViolations.Select(v => Field(v.Field) + " " + Rule(v.Description))),
            Code.NotFound when resource is not null => $"未找到{Resource(resource.ResourceType)} {resource.ResourceName}",
            Code.AlreadyExists when resource is not null =>
                $"{Resource(resource.ResourceType)}已存在" + (resource.ResourceName.Length > 0 ? $"（编号 {resource.ResourceName}）" : "") + "：" + Sentence(message),
            _ => status + "：" + Sentence(message),
        };
    }

    /// <summary>One field violation for a person in the locale: "身份证号 须为 18 位", or "woman.resident_id_number: must be 18 characters".</summary>
    public static string Violation(string field, string description, string locale) =>
        locale == EnglishLocale ? $"{field}: {description}" : Field(field) + " " + Rule(description);

    /// <summary>A department or role code in Chinese ("civil-affairs" → 民政, "county-officer" → 县级干部), else the code.</summary>
    public static string Chinese(string kind, string code) => ChineseText.GetString($"{kind}:{code}", CultureInfo.InvariantCulture) ?? code;

    private static string Zh(string english) => ChineseText.GetString(english, CultureInfo.InvariantCulture) ?? english;

    private static string Resource(string type) => ChineseText.GetString("resource:" + type, CultureInfo.InvariantCulture) ?? ResourceWords(type);

    /// <summary>A field path by its last name in Chinese ("woman.husband.departure_date" → 丈夫外出时间), else as sent.</summary>
    private static string Field(string path)
    {
        var name = path[(path.LastIndexOf('.') + 1)..];
        var index = name.IndexOf('[');
        return ChineseText.GetString("field:" + (index > 0 ? name[..index] : name), CultureInfo.InvariantCulture) ?? path;
    }

    /// <summary>A rule description in Chinese: a known phrase, a known pattern with its numbers, else as sent.</summary>
    private static string Rule(string description)
    {
        if (ChineseText.GetString(description, CultureInfo.InvariantCulture) is { } known)
        {
            return known;
        }
        foreach (var (pattern, key) in Patterns)
        {
            if (pattern.Match(description) is { Success: true } match)
            {
                return string.Format(CultureInfo.InvariantCulture, Zh(key), match.Groups.Values.Skip(1).Select(g => (object)g.Value).ToArray());
            }
        }
        return description;
    }

    private static readonly (Regex Pattern, string Key)[] Patterns =
    [
        (new Regex(@"^must be at most ([\d,]+) characters$"), "must be at most {0} characters"),
        (new Regex(@"^must be ([\d,]+) characters$"), "must be {0} characters"),
        (new Regex(@"^must be ([\d,]+) to ([\d,]+)$"), "must be {0} to {1}"),
        (new Regex(@"^must be between ([\d,]+) and ([\d,]+)$"), "must be {0} to {1}"),
        (new Regex(@"^must not be before (\w+)$"), "must not be before {0}"),
        (new Regex(@"^must be after (\w+)$"), "must be after {0}"),
        (new Regex(@"^appears already in row (\d+) of this batch$"), "appears already in row {0} of this batch"),
        (new Regex(@"^weights must sum to 100 \(they sum to (\d+)\)$"), "weights must sum to 100 (they sum to {0})"),
        (new Regex(@"^must give one score per question \((\d+)\)$"), "must give one score per question ({0})"),
    ];

    /// <summary>The status in words of the locale's language: 前提条件不满足.</summary>
    public static string StatusWords(Code code) => Zh(code.ToString());

    /// <summary>
    /// A message given as a format and its values, in the locale: the format's Chinese from the resources (null when it
    /// has none, so that the English stands), or the English itself.
    /// </summary>
    public static string? Formatted(string format, object[] args, string locale)
    {
        var text = locale == EnglishLocale ? format : ChineseText.GetString(format, CultureInfo.InvariantCulture);
        return text is null ? null : args.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, args);
    }

    /// <summary>A whole message in Chinese when the resources know it, else as sent (the English developer message).</summary>
    private static string Sentence(string message) => ChineseText.GetString(message, CultureInfo.InvariantCulture) ?? message;
}
