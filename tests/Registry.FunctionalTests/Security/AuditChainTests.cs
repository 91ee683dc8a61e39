using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Suite.Audit;
using Suite.Contracts.Common.V1;

namespace Suite.Registry.FunctionalTests.Security;

/// <summary>
/// The audit trail proves itself against someone who can write the database but holds no key: an altered record, a
/// chain recomputed without the key, records cut off either end, and an edited checkpoint file are all found.
/// </summary>
public sealed class AuditChainTests : IDisposable
{
    private readonly RegistryFactory _registry = new();

    private AuditService.AuditServiceClient Audit => new(_registry.ChannelFor(TestTokens.Auditor));

    public void Dispose() => _registry.Dispose();

    private async Task<VerifyAuditChainResponse> AuditedCallsThenVerifyAsync(int calls)
    {
        const string Creates = "SELECT COUNT(*) FROM AuditLog WHERE Action LIKE '%/CreateWoman'";
        await Audit.VerifyAuditChainAsync(new VerifyAuditChainRequest()); // the service started, its database there
        var before = Scalar(Creates);
        for (var i = 0; i < calls; i++)
        {
            await _registry.Women.CreateWomanAsync(SampleForms.Create());
        }
        // Each create's two records (the committed write and the call) are chained in the background: wait for them, so
        // that the verification signs a head that covers them (on a loaded machine it could run before the last one).
        await Eventually.Until(() => Task.FromResult<string?>(Scalar(Creates) >= before + 2 * calls && Scalar("SELECT COUNT(*) FROM AuditInbox") == 0 ? "" : null));
        var verified = await Audit.VerifyAuditChainAsync(new VerifyAuditChainRequest());
        Assert.True(verified.Intact, verified.Problem);
        return verified;
    }

    [Fact]
    public async Task A_chain_recomputed_without_the_key_is_found()
    {
        await AuditedCallsThenVerifyAsync(4);
        // The attacker edits the second record and recomputes it and every later record with a key of his own.
        var forger = new AuditKey(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Audit:MacKey"] = TestTokens.HashKey }).Build());
        var entries = ReadChain();
        var victim = entries[1];
        victim.Subject = "someone-else";
        for (var i = 1; i < entries.Count; i++)
        {
            entries[i].PreviousHash = entries[i - 1].Hash;
            entries[i].Hash = entries[i].ComputeHash(forger);
            Rewrite(entries[i]);
        }

        var result = await Audit.VerifyAuditChainAsync(new VerifyAuditChainRequest());
        Assert.False(result.Intact);
        Assert.Equal(victim.Id, result.FirstBrokenId);
        Assert.Contains("without the key", result.Problem);
    }

    [Fact]
    public async Task A_chain_rewritten_as_plain_hashes_with_the_checkpoint_file_emptied_is_found_and_not_signed()
    {
        await AuditedCallsThenVerifyAsync(3);
        // The old unkeyed form: each record a plain SHA-256 of its content and the previous hash. The file is emptied.
        var entries = ReadChain();
        entries[0].Subject = "someone-else";
        var previous = "";
        foreach (var entry in entries)
        {
            entry.PreviousHash = previous;
            entry.Hash = previous = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{entry.PreviousHash}|{entry.Time.Ticks}|{entry.Subject}|{entry.Action}|{entry.Outcome}")));
            Rewrite(entry);
        }
        File.WriteAllText(CheckpointFile, "");

        var result = await Audit.VerifyAuditChainAsync(new VerifyAuditChainRequest());
        Assert.False(result.Intact);
        Assert.Equal(entries[0].Id, result.FirstBrokenId);
        Assert.Equal("", File.ReadAllText(CheckpointFile)); // the forged head was not signed
    }

    [Fact]
    public async Task Records_cut_off_the_newest_end_with_the_checkpoint_file_deleted_are_found_by_the_copy_in_Redis()
    {
        await AuditedCallsThenVerifyAsync(3);
        Execute("DELETE FROM AuditLogResources WHERE AuditEntryId >= (SELECT MAX(Id) - 1 FROM AuditLog); DELETE FROM AuditLog WHERE Id >= (SELECT MAX(Id) - 1 FROM AuditLog)");
        File.Delete(CheckpointFile);

        var result = await Audit.VerifyAuditChainAsync(new VerifyAuditChainRequest());
        Assert.False(result.Intact);
        Assert.Contains("cut off", result.Problem);
    }

    [Fact]
    public async Task The_record_of_a_committed_write_is_chained_at_once_not_at_the_next_call()
    {
        await AuditedCallsThenVerifyAsync(1);
        // CreateWoman commits the woman, her events and the record of the write in one explicit transaction: the writer
        // is woken after that commit, so the record leaves the inbox without waiting for another call.
        await _registry.Women.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(name: "即时链接")));
        await Eventually.Until(async () => Scalar("SELECT COUNT(*) FROM AuditInbox") == 0 ? "" : null);
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM AuditLog WHERE Action LIKE '%/CreateWoman' AND Purpose LIKE 'committed write: Woman added%' AND Id = (SELECT MAX(Id) FROM AuditLog WHERE Purpose LIKE 'committed write%')"));
    }

    private string CheckpointFile => _registry.DatabasePath + ".audit-checkpoints";

    private void Rewrite(AuditEntry entry) =>
        Execute($"UPDATE AuditLog SET Subject = '{entry.Subject}', PreviousHash = '{entry.PreviousHash}', Hash = '{entry.Hash}' WHERE Id = {entry.Id}");

    [Fact]
    public async Task Records_cut_off_the_newest_end_are_found()
    {
        await AuditedCallsThenVerifyAsync(3);
        Execute("DELETE FROM AuditLogResources WHERE AuditEntryId >= (SELECT MAX(Id) - 1 FROM AuditLog); DELETE FROM AuditLog WHERE Id >= (SELECT MAX(Id) - 1 FROM AuditLog)");

        var result = await Audit.VerifyAuditChainAsync(new VerifyAuditChainRequest());
        Assert.False(result.Intact);
        Assert.Contains("cut off", result.Problem);
    }

    [Fact]
    public async Task Records_cut_off_the_oldest_end_are_found()
    {
        await AuditedCallsThenVerifyAsync(3);
        Execute("DELETE FROM AuditLogResources WHERE AuditEntryId = (SELECT MIN(Id) FROM AuditLog); DELETE FROM AuditLog WHERE Id = (SELECT MIN(Id) FROM AuditLog)");

        var result = await Audit.VerifyAuditChainAsync(new VerifyAuditChainRequest());
        Assert.False(result.Intact);
        Assert.Contains("oldest records were removed", result.Problem);
    }

    [Fact]
    public async Task An_edited_checkpoint_file_is_found()
    {
        await AuditedCallsThenVerifyAsync(2);
        var file = _registry.DatabasePath + ".audit-checkpoints";
        var lines = File.ReadAllLines(file);
        var parts = lines[^1].Split(' ');
        parts[1] = "1";
        File.WriteAllLines(file, [.. lines[..^1], string.Join(' ', parts)]);

        var result = await Audit.VerifyAuditChainAsync(new VerifyAuditChainRequest());
        Assert.False(result.Intact);
        Assert.Contains("checkpoint file", result.Problem);
    }

    [Fact]
    public async Task Verifying_and_querying_the_trail_are_themselves_audited()
    {
        await AuditedCallsThenVerifyAsync(1);
        var records = await Audit.QueryAuditRecordsAsync(new QueryAuditRecordsRequest { Subject = "civil-affairs/auditor/23" });
        Assert.Contains(records.Records, r => r.Action.EndsWith("/VerifyAuditChain") && r.Outcome == "OK");
        var again = await Audit.QueryAuditRecordsAsync(new QueryAuditRecordsRequest { Subject = "civil-affairs/auditor/23" });
        Assert.Contains(again.Records, r => r.Action.EndsWith("/QueryAuditRecords"));
    }

    [Fact]
    public async Task Every_committed_import_chunk_has_its_record_even_when_the_call_itself_could_not_be_recorded()
    {
        await AuditedCallsThenVerifyAsync(1);
        // The audit log cannot be written while the import runs: the call is told to retry, but its chunks committed,
        // each with its record in the inbox of the same transaction.
        Execute("ALTER TABLE AuditLogResources RENAME TO AuditLogResourcesAway");
        try
        {
            var rows = Enumerable.Range(1, 600).Select(n => new ImportWomenRequest { RowNumber = n, Woman = SampleForms.Woman(name: "收件" + n) });
            await RpcAssert.FailsWith(StatusCode.Unavailable, () => _registry.Women.ImportAsync(rows));
            Assert.Equal(2, Scalar("SELECT COUNT(*) FROM AuditInbox WHERE Purpose = 'committed import chunk'"));
        }
        finally
        {
            Execute("ALTER TABLE AuditLogResourcesAway RENAME TO AuditLogResources");
        }

        // Once the log can be written, the waiting records join the chain: every woman written has her record.
        await Audit.QueryAuditRecordsAsync(new QueryAuditRecordsRequest());
        await Eventually.Until(async () => Scalar("SELECT COUNT(*) FROM AuditInbox") == 0 ? "" : null);
        var written = Scalar("SELECT COUNT(*) FROM Women WHERE Name LIKE '收件%'");
        Assert.Equal(600, written);
        Assert.Equal(written, Scalar("SELECT COUNT(DISTINCT r.Resource) FROM AuditLogResources r JOIN AuditLog e ON e.Id = r.AuditEntryId WHERE e.Purpose = 'committed import chunk'"));
        var verified = await Audit.VerifyAuditChainAsync(new VerifyAuditChainRequest());
        Assert.True(verified.Intact, verified.Problem);
    }

    [Fact]
    public async Task A_write_that_committed_has_its_record_even_when_the_call_could_not_be_recorded()
    {
        await AuditedCallsThenVerifyAsync(1);
        Execute("ALTER TABLE AuditLogResources RENAME TO AuditLogResourcesAway");
        try
        {
            // The call is told to retry (its own record could not be written), but the woman was written, and the record
            // of that write with her, in the same transaction (the inbox, which the writer chains).
            await RpcAssert.FailsWith(StatusCode.Unavailable, () => _registry.Women.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(name: "已提交"))).ResponseAsync);
            Assert.Equal(1, Scalar("SELECT COUNT(*) FROM Women WHERE Name = '已提交'"));
        }
        finally
        {
            Execute("ALTER TABLE AuditLogResourcesAway RENAME TO AuditLogResources");
        }

        // The record of that write is on file: in the chain, or in the inbox the writer chains from.
        var committedWrite = "Action LIKE '%/CreateWoman' AND Purpose LIKE 'committed write: Woman added%'";
        Assert.True(Scalar($"SELECT COUNT(*) FROM AuditLog WHERE {committedWrite}") + Scalar($"SELECT COUNT(*) FROM AuditInbox WHERE {committedWrite}") >= 2,
            "both creates, the refused one included, have the record of their write");
    }

    /// <summary>The chain as stored, read straight from the database file (as the attacker would).</summary>
    private List<AuditEntry> ReadChain()
    {
        using var connection = new SqliteConnection($"Data Source={_registry.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, Time, Subject, Name, Department, Role, Area, Action, Purpose, Outcome, TraceId, PreviousHash, Hash FROM AuditLog ORDER BY Id";
        var entries = new List<AuditEntry>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                entries.Add(new AuditEntry
                {
                    Id = reader.GetInt64(0), Time = reader.GetDateTime(1), Subject = reader.GetString(2), Name = reader.GetString(3), Department = reader.GetString(4),
                    Role = reader.GetString(5), Area = reader.GetString(6), Action = reader.GetString(7), Purpose = reader.GetString(8), Outcome = reader.GetString(9),
                    TraceId = reader.GetString(10), PreviousHash = reader.GetString(11), Hash = reader.GetString(12),
                });
            }
        }
        foreach (var entry in entries)
        {
            using var resources = connection.CreateCommand();
            resources.CommandText = $"SELECT Resource FROM AuditLogResources WHERE AuditEntryId = {entry.Id} ORDER BY Position";
            using var reader = resources.ExecuteReader();
            while (reader.Read())
            {
                entry.Resources.Add(new AuditEntryResource { Resource = reader.GetString(0) });
            }
        }
        return entries;
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_registry.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_registry.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
