using System.Diagnostics;
using System.Text.Json;
using Suite.Contracts;
using Suite.TestSupport;
using Xunit;

namespace Suite.EndToEnd.Tests;

/// <summary>The deployment manifest (README, production): the app host publishes the topology for a real deployment.</summary>
public sealed class PublishTests
{
    [Fact]
    public async Task The_app_host_publishes_a_manifest_of_the_services_on_sql_server_with_secret_keys()
    {
        using var document = await PublishAsync();
        var resources = document.RootElement.GetProperty("resources");
        foreach (var (service, database) in new[] { (ResourceNames.Registry, ResourceNames.RegistryDb), (ResourceNames.Assistance, ResourceNames.AssistanceDb) })
        {
            var project = resources.GetProperty(service);
            Assert.Equal("project.v0", project.GetProperty("type").GetString());
            var env = project.GetProperty("env");
            Assert.Equal("SqlServer", env.GetProperty("Database__Provider").GetString());
            Assert.Equal($"{{{database}.connectionString}}", env.GetProperty($"ConnectionStrings__{database}").GetString());
            Assert.Equal("{jwt-signing-key.value}", env.GetProperty("Authentication__Jwt__SigningKeys__deployment").GetString());
            Assert.False(env.TryGetProperty("Authentication__Jwt__SigningKeys__local", out _), "the development key id is refused in Production");
        }
        foreach (var parameter in new[] { "jwt-signing-key", "field-encryption-key", "field-hash-key", ResourceNames.Cache, ResourceNames.RegistryDb })
        {
            Assert.True(resources.GetProperty(parameter).GetProperty("inputs").GetProperty("value").GetProperty("secret").GetBoolean(), parameter);
        }
        // One instance of each service unless --replicas says otherwise.
        Assert.Equal(1, resources.GetProperty(ResourceNames.Registry).GetProperty("replicas").GetInt32());
    }

    [Fact]
    public async Task The_manifest_carries_the_replicas_asked_for_on_every_department_service_and_one_console()
    {
        using var document = await PublishAsync("--replicas", "3");
        var resources = document.RootElement.GetProperty("resources");
        foreach (var service in SuiteAppHost.Services)
        {
            Assert.Equal(3, resources.GetProperty(service).GetProperty("replicas").GetInt32());
            Assert.Equal("project.v0", resources.GetProperty(service).GetProperty("type").GetString());
        }
        Assert.False(resources.GetProperty(ResourceNames.Console).TryGetProperty("replicas", out _), "the web console runs once");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("9")]
    [InlineData("two")]
    public async Task Replicas_out_of_range_stop_the_app_host_with_a_clear_message(string replicas)
    {
        var (exitCode, output) = await RunAppHostAsync(Path.Combine(Path.GetTempPath(), $"suite-publish-{Guid.NewGuid():N}.json"), "--replicas", replicas);
        Assert.NotEqual(0, exitCode);
        Assert.Contains($"--replicas must be a whole number from 1 to 8, not '{replicas}'.", output);
    }

    // The manifest the app host publishes with the given options.
    private static async Task<JsonDocument> PublishAsync(params string[] options)
    {
        var folder = Directory.CreateTempSubdirectory("suite-publish-").FullName;
        try
        {
            var manifest = Path.Combine(folder, "aspire-manifest.json");
            var (exitCode, output) = await RunAppHostAsync(manifest, options);
            Assert.True(exitCode == 0, output);
            return JsonDocument.Parse(await File.ReadAllTextAsync(manifest));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAppHostAsync(string manifest, params string[] options)
    {
        var start = new ProcessStartInfo("dotnet", [Repository.BuiltAssembly("AppHost", "Suite.AppHost"), "--publisher", "manifest", "--output-path", manifest, .. options])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        return (process.ExitCode, await output + await error);
    }
}
