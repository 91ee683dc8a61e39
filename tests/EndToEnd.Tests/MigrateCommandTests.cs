using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Suite.TestSupport;
using Xunit;

namespace Suite.EndToEnd.Tests;

public sealed class MigrateCommandTests
{
    [Fact]
    public async Task The_migrate_command_creates_the_schema_and_exits()
    {
        var directory = Directory.CreateTempSubdirectory("suite-migrate-").FullName;
        try
        {
            var database = Path.Combine(directory, "registry.db");
            var start = new ProcessStartInfo("dotnet", [Repository.ServiceAssembly("Registry", "Suite.Registry"), "migrate"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment =
                {
                    ["ConnectionStrings__registrydb"] = $"Data Source={database}",
                    ["ConnectionStrings__cache"] = "127.0.0.1:1",
                    // Production by default: a key other than the local development key.
                    ["Authentication__Jwt__SigningKeys__ops-2026"] = Convert.ToBase64String(new byte[32]),
                },
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
            Assert.True(process.ExitCode == 0, await output);

            using var connection = new SqliteConnection($"Data Source={database}");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM __EFMigrationsHistory";
            Assert.True((long)command.ExecuteScalar()! >= 1);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
