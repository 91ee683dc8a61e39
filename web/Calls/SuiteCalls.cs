using System.Diagnostics;
using System.Globalization;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Suite.Web.Localization;
using Suite.Web.SignIn;

namespace Suite.Web.Calls;

/// <summary>
/// How a page calls a department service: as the signed-in person (their own token, so the service's permission and
/// area rules apply unchanged), asking for answers in the page's language (Chinese, or English when chosen), with a deadline; a refusal or an absent service comes
/// back as a <see cref="CallProblem"/> to show, never as an exception on the page.
/// </summary>
public sealed class SuiteCalls(ServiceChannels channels, AuthenticationStateProvider authentication, PrerenderedAnswers prerendered, IStringLocalizer<ConsoleText> text)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    // A page's work runs on the circuit, outside any HTTP request: this span joins its calls into one trace.
    private static readonly ActivitySource Source = new("Suite.Web");

    public CallInvoker For(string service) => channels.For(service);

    public async Task<ConsoleUser?> UserAsync() => ConsoleUser.From((await authentication.GetAuthenticationStateAsync()).User);

    /// <summary>Call options as the signed-in person.</summary>
    public async Task<CallOptions> OptionsAsync(CancellationToken ct = default) => new(await HeadersAsync(), DateTime.UtcNow + Deadline, ct);

    public async Task<Metadata> HeadersAsync()
    {
        var user = await UserAsync();
        var headers = new Metadata { { "accept-language", CultureInfo.CurrentUICulture.Name } };
        if (user is not null)
        {
            headers.Add("authorization", "Bearer " + user.Token);
        }
        return headers;
    }

    /// <summary>
    /// A read the page makes as it opens, named by <paramref name="key"/> (unique on the page, the same on every
    /// opening): asked while the server pre-renders the page and handed to the live page instead of asked twice.
    /// </summary>
    public async Task<Answer<T>> ReadOnOpeningAsync<T>(string key, string service, Func<CallInvoker, CallOptions, Task<T>> call) where T : IMessage<T>, new()
    {
        if (prerendered.Take<T>(key) is { } kept)
        {
            return kept;
        }
        var answer = await TryAsync(service, call);
        prerendered.Keep(key, answer);
        return answer;
    }

    /// <summary>One call of <paramref name="service"/>: its answer, or why there is none.</summary>
    public async Task<Answer<T>> TryAsync<T>(string service, Func<CallInvoker, CallOptions, Task<T>> call, CancellationToken ct = default)
    {
        using var activity = Source.StartActivity("call " + service, ActivityKind.Internal);
        try
        {
            return new Answer<T>(await call(channels.For(service), await OptionsAsync(ct)), null);
        }
        catch (RpcException ex)
        {
            return new Answer<T>(default, CallProblem.From(ex, service, text));
        }
    }
}

/// <summary>A call's answer, or the problem to show instead.</summary>
public sealed record Answer<T>(T? Value, CallProblem? Problem)
{
    public bool Ok => Problem is null;
}
