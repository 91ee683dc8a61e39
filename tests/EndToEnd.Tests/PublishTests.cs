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
        var folder = Directory.CreateTempSubdirectory("suite-publish-").FullName;
        try
        {
            var manifest = Path.Combine(folder, "aspire-manifest.json");
            var start = new ProcessStartInfo("dotnet", [Repository.BuiltAssembly("AppHost", "Suite.AppHost"), "--publisher", "manifest", "--output-path", manifest])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
            Assert.True(process.ExitCode == 0, await output + await error);

            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(manifest));
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
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
