using System.Text;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Suite.GrpcServer.Errors;

/// <summary>
/// A gRPC status written by middleware, outside the gRPC handlers (refused authentication or authorization, an
/// undecodable request): a trailers-only response, HTTP 200 with <c>grpc-status</c> and <c>grpc-message</c> in the
/// headers, so clients see a status and its message rather than a bare HTTP 401 or 403.
/// </summary>
public static class GrpcStatusHeaders
{
    public static bool IsGrpc(HttpRequest request) => request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    public static Task WriteAsync(HttpResponse response, StatusCode code, string message, string? chinese = null)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        Set(response, code, message, chinese);
        return response.CompleteAsync();
    }

    /// <summary>
    /// Sets the status headers of a response that has not started, with google.rpc.LocalizedMessage in the caller's
    /// language (accept-language) in grpc-status-details-bin, as the error mapping gives every other refusal.
    /// </summary>
    public static void Set(HttpResponse response, StatusCode code, string message, string? chinese = null)
    {
        response.Headers["grpc-status"] = ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = PercentEncode(message);
        var locale = ErrorText.LocaleOf(response.HttpContext.Request.Headers.AcceptLanguage.ToString());
        var localized = locale == ErrorText.EnglishLocale ? message : chinese ?? ErrorText.Localized((Google.Rpc.Code)code, message, [], locale);
        var status = new Google.Rpc.Status
        {
            Code = (int)code, Message = message,
            Details = { Google.Protobuf.WellKnownTypes.Any.Pack(new Google.Rpc.LocalizedMessage { Locale = locale, Message = localized }) },
        };
        response.Headers["grpc-status-details-bin"] = Convert.ToBase64String(Google.Protobuf.MessageExtensions.ToByteArray(status)).TrimEnd('=');
    }

    // The gRPC protocol's encoding of grpc-message: printable ASCII other than '%' as is, every other byte as %XX.
    private static string PercentEncode(string message)
    {
        var text = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(message))
        {
            if (b is >= 0x20 and <= 0x7E && b != (byte)'%')
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return text.ToString();
    }
}
