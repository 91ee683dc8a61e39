using System.Globalization;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.Localization;
using Suite.GrpcServer.Errors;
using Suite.Ledger;

namespace Suite.Web.Calls;

/// <summary>
/// Why a call did not give an answer, as a person can act on it, in the page's language (Chinese, or English when chosen): the service's own words
/// when it sent them (google.rpc.LocalizedMessage), the fields at fault for the form, and whether the department was away.
/// </summary>
public sealed record CallProblem(StatusCode Status, string Message, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>The department could not be reached (the rest of the page still works).</summary>
    public bool Away => Status is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Cancelled;

    public bool SignInAgain => Status == StatusCode.Unauthenticated;

    /// <summary>The message for one field of a form (by its last name, e.g. "visitor"), or null.</summary>
    public string? For(string field) => Fields.GetValueOrDefault(field);

    public static CallProblem From(RpcException ex, string service, IStringLocalizer text)
    {
        var status = ex.GetRpcStatus();
        var locale = ErrorText.LocaleOf(CultureInfo.CurrentUICulture.Name);
        var fields = status?.GetDetail<BadRequest>()?.FieldViolations
            .GroupBy(v => LastName(v.Field))
            .ToDictionary(g => g.Key, g => string.Join(text["；"], g.Select(v => locale == ErrorText.ChineseLocale
                ? ErrorText.Violation(v.Field, v.Description, locale)
                : FieldWords(v.Field) + " " + v.Description)))
            ?? [];
        var department = CaseworkLabels.Service(service) is { Length: > 0 } label ? text[label].Value : service;
        var message = ex.StatusCode switch
        {
            StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Cancelled => text["{0}暂时连接不上，页面其他部分照常可用。", department],
            StatusCode.Unauthenticated => text["登录已过期或无效，请重新登录。"],
            _ when status?.GetDetail<LocalizedMessage>()?.Message is { Length: > 0 } localized => localized,
            StatusCode.PermissionDenied => text["您的岗位无权办理此项。"],
            StatusCode.NotFound => text["未找到，或不在您的辖区内。"],
            _ => text["{0}未能办理，请稍后再试。", department],
        };
        return new CallProblem(ex.StatusCode, message, fields);
    }

    // In English, next to its field, the field by its name rather than its path: "Resident id number must be 18 characters".
    private static string FieldWords(string path)
    {
        var name = LastName(path).Replace('_', ' ');
        return name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static string LastName(string path)
    {
        var name = path[(path.LastIndexOf('.') + 1)..];
        var index = name.IndexOf('[');
        return index > 0 ? name[..index] : name;
    }
}
