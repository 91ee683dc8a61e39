using System.Reflection;
using System.Text.RegularExpressions;
using Google.Protobuf.Reflection;

namespace Suite.Casework.FunctionalTests;

/// <summary>
/// Every refusal a person reads is Chinese: each RPC of each of the six services, called as the admin with an empty
/// request (required fields missing, ids that do not exist, permissions the admin lacks), answers in Chinese words,
/// never with an English sentence or a code.
/// </summary>
[Collection(FiveServicesCollection.Name)]
public sealed partial class RefusalLanguageTests(FiveServices suite)
{
    [GeneratedRegex(@"[A-Za-z]{2,}(?:[ ,'-]+[A-Za-z]{2,}){2,}")]
    private static partial Regex EnglishSentence();

    [GeneratedRegex(@"\b[A-Z]{2,}_[A-Z_]+\b|suite\.[a-z]+\.v1")]
    private static partial Regex Code();

    [Fact]
    public async Task Every_service_refuses_an_empty_request_in_Chinese_words()
    {
        var english = new List<string>();
        var asked = 0;
        foreach (var (service, methods) in MethodsByService())
        {
            using var client = new HttpClient(suite.Handler(service)) { BaseAddress = new Uri($"http://{service}.test") };
            foreach (var method in methods.Where(m => !m.IsClientStreaming && !m.IsServerStreaming))
            {
                var (status, localized) = await RawGrpc.LocalizedAsync(client, method, TestTokens.Admin);
                if (status == StatusCode.OK)
                {
                    continue;
                }
                asked++;
                if (localized.Length == 0 || EnglishSentence().IsMatch(localized) || Code().IsMatch(localized))
                {
                    english.Add($"{service} {method.Name} {status}: {localized}");
                }
            }
        }
        Assert.True(asked >= 100, $"only {asked} refusals: is every service asked?");
        Assert.Equal([], english);
    }

    /// <summary>Each service's own RPCs, and the shared ones (audit, referrals, her records) on every service that serves them.</summary>
    private static IEnumerable<(string Service, IReadOnlyList<MethodDescriptor> Methods)> MethodsByService()
    {
        var services = typeof(Date).Assembly.GetTypes()
            .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
            .OfType<FileDescriptor>().SelectMany(f => f.Services).DistinctBy(s => s.FullName).ToList();
        List<MethodDescriptor> Of(string package) => [.. services.Where(s => s.File.Package == package).SelectMany(s => s.Methods)];
        var shared = services.Where(s => s.FullName is "suite.common.v1.AuditService" or "suite.common.v1.ReferralService" or "suite.common.v1.WomanRecordsService")
            .SelectMany(s => s.Methods).ToList();
        foreach (var service in EventStreams.Services)
        {
            yield return (service, [.. Of($"suite.{service}.v1"), .. shared]);
        }
        yield return (ResourceNames.Supervision, [.. Of("suite.supervision.v1"), .. shared.Where(m => m.Service.Name == "AuditService")]);
    }
}
