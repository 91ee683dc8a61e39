using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Suite.Web.Calls;

/// <summary>
/// Answers a page read while the server pre-rendered it, handed over to the live page (Blazor's persisted component
/// state) so that it shows them without asking the services again: without this the live page starts empty, calls
/// a second time and the data the person already saw disappears until the calls return. Only reads a page names
/// (<see cref="SuiteCalls.ReadOnOpeningAsync"/>), each taken once: anything asked later is asked afresh.
/// </summary>
public sealed class PrerenderedAnswers : IDisposable
{
    private readonly PersistentComponentState _state;
    private readonly Dictionary<string, Kept> _answers = [];
    private readonly PersistingComponentStateSubscription _subscription;

    public PrerenderedAnswers(PersistentComponentState state)
    {
        _state = state;
        _subscription = state.RegisterOnPersisting(() =>
        {
            foreach (var (key, kept) in _answers)
            {
                state.PersistAsJson(key, kept);
            }
            return Task.CompletedTask;
        }, RenderMode.InteractiveServer);
    }

    /// <summary>The answer kept under <paramref name="key"/> by the pre-render, once; null when there is none.</summary>
    public Answer<T>? Take<T>(string key) where T : IMessage<T>, new()
    {
        if (!_state.TryTakeFromJson<Kept>(Key(key), out var kept) || kept is null)
        {
            return null;
        }
        return kept.Message is { } bytes
            ? new Answer<T>(new MessageParser<T>(() => new T()).ParseFrom(bytes), null)
            : new Answer<T>(default, new CallProblem(kept.Status, kept.ProblemMessage ?? "", kept.Fields ?? new Dictionary<string, string>()));
    }

    /// <summary>Keeps an answer for the live page (only persisted when the page is pre-rendered).</summary>
    public void Keep<T>(string key, Answer<T> answer) where T : IMessage<T>, new() =>
        _answers[Key(key)] = answer.Value is { } value
            ? new Kept(value.ToByteArray(), StatusCode.OK, null, null)
            : new Kept(null, answer.Problem!.Status, answer.Problem.Message, answer.Problem.Fields.ToDictionary());

    public void Dispose() => _subscription.Dispose();

    private static string Key(string key) => "suite-call:" + key;

    private sealed record Kept(byte[]? Message, StatusCode Status, string? ProblemMessage, Dictionary<string, string>? Fields);
}
