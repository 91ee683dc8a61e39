using Microsoft.Data.Sqlite;
using Suite.Contracts.Common.V1;

namespace Suite.Registry.FunctionalTests.Security;

public sealed class ProtectedDataTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private AuditService.AuditServiceClient Audit => new(registry.ChannelFor(TestTokens.Auditor));

    [Fact]
    public async Task Identifiers_are_masked_and_a_reveal_needs_the_permission_a_purpose_and_is_audited()
    {
        var form = SampleForms.Woman(SampleForms.RuralVillage);
        var woman = await registry.Women.CreateWomanAsync(SampleForms.Create(form));
        Assert.Equal(form.ResidentIdNumber[..6] + "************", woman.ResidentIdNumber);

        // Village staff hold no pii.reveal.
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => registry.WomenAs(TestTokens.VillageStaff)
            .GetWomanAsync(new GetWomanRequest { Id = woman.Id, RevealPurpose = "想看看" }).ResponseAsync);

        var county = registry.WomenAs(TestTokens.CountyOfficer);
        var revealed = await county.GetWomanAsync(new GetWomanRequest { Id = woman.Id, RevealPurpose = "办理低保核对身份" });
        Assert.Equal((form.ResidentIdNumber, form.Phone), (revealed.ResidentIdNumber, revealed.Phone));

        var records = await Audit.QueryAuditRecordsAsync(new QueryAuditRecordsRequest { Resource = $"woman:{woman.Id}" });
        var reveal = records.Records.First(r => r.Purpose == "办理低保核对身份");
        Assert.Equal(("civil-affairs", "county-officer", "OK"), (reveal.Department, reveal.Role, reveal.Outcome));
        Assert.EndsWith("/GetWoman", reveal.Action);
        Assert.Contains(records.Records, r => r.Outcome == "PERMISSION_DENIED" && r.Role == "village-staff");
        Assert.Contains(records.Records, r => r.Action.EndsWith("/CreateWoman"));

        // Refused by authorization itself (the auditor holds no registry.women.read): audited too.
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => registry.WomenAs(TestTokens.Auditor).GetWomanAsync(new GetWomanRequest { Id = woman.Id }).ResponseAsync);
        var denied = await Audit.QueryAuditRecordsAsync(new QueryAuditRecordsRequest { Subject = "civil-affairs/auditor/23" });
        Assert.Contains(denied.Records, r => r.Outcome == "PERMISSION_DENIED" && r.Action.EndsWith("/GetWoman"));
        // The refusal names the woman asked for: the query for her shows who tried.
        var tried = await Audit.QueryAuditRecordsAsync(new QueryAuditRecordsRequest { Resource = $"woman:{woman.Id}" });
        Assert.Contains(tried.Records, r => r.Outcome == "PERMISSION_DENIED" && r.Role == "auditor");
    }

    [Fact]
    public async Task No_output_without_the_reveal_permission_holds_what_the_birth_date_leaves_of_the_ID_number()
    {
        // Characters 7-14 are the birth date, shown beside the number: each output must hide characters 15-18 as well.
        var form = SampleForms.Woman(name: "掩码规则");
        var created = await registry.Women.CreateWomanAsync(SampleForms.Create(form));
        var hidden = form.ResidentIdNumber[14..];
        var masked = form.ResidentIdNumber[..6] + "************";
        void Holds(string output, string where)
        {
            Assert.Contains(masked, output);
            Assert.False(output.Contains(form.ResidentIdNumber[6..]) || output.Contains(form.ResidentIdNumber[10..]), $"{where} shows the number's tail");
        }
        var village = registry.WomenAs(TestTokens.VillageStaff);

        Assert.Equal(masked, created.ResidentIdNumber);
        Assert.Equal(masked, (await village.GetWomanAsync(new GetWomanRequest { Id = created.Id })).ResidentIdNumber);
        Assert.Equal(masked, (await village.GetWomanAsync(new GetWomanRequest { Id = created.Id })).ResidentIdNumber); // from the cache
        var listed = await village.ListWomenAsync(new ListWomenRequest { Filter = new WomenFilter { NamePrefix = "掩码规则" } });
        Assert.Equal(masked, listed.Women.Single().ResidentIdNumber);

        var csv = new List<byte>();
        using (var call = registry.Women.ExportLedgerCsv(new ExportWomenRequest { Filter = new WomenFilter { NamePrefix = "掩码规则" } }))
        {
            await foreach (var chunk in call.ResponseStream.ReadAllAsync())
            {
                csv.AddRange(chunk.Data);
            }
        }
        var row = System.Text.Encoding.UTF8.GetString(csv.ToArray()).Split("\r\n")[1];
        Holds(row.Replace(form.Phone, ""), "the ledger CSV");
        Assert.DoesNotContain("," + hidden + ",", row);

        using var cli = new CliRunner(() => registry.Server.CreateHandler(), registry.Clock, "--registry", "http://registry.test");
        await cli.LoginAsync(TestTokens.VillageStaff);
        Holds((await cli.RunAsync("women", "get", created.Id.ToString())).Out, "suite women get");
        Holds((await cli.RunAsync("women", "list", "--name", "掩码规则")).Out, "suite women list");
    }

    [Fact]
    public async Task The_database_file_holds_no_plain_ID_number_or_phone()
    {
        var form = SampleForms.Woman();
        form.Phone = "13712345678";
        await registry.Women.CreateWomanAsync(SampleForms.Create(form));
        var changed = SampleForms.Woman(idNumber: form.ResidentIdNumber);
        changed.Phone = "13787654321";
        Assert.Equal(1, (await registry.Women.ImportAsync([new ImportWomenRequest { RowNumber = 1, Woman = changed }])).Updated);

        var content = DatabaseFile.RawText(registry.DatabasePath);
        Assert.True(content.Length > 0);
        Assert.DoesNotContain(form.ResidentIdNumber, content);
        Assert.DoesNotContain("13712345678", content);
        Assert.DoesNotContain("13787654321", content);
        Assert.DoesNotContain(form.ResidentIdNumber[..14], content); // not even the area + birth-date part in clear
    }

    [Fact]
    public async Task A_change_that_leaves_ID_number_and_phone_alone_keeps_their_ciphertext_and_they_still_read_back()
    {
        var form = SampleForms.Woman();
        var woman = await registry.Women.CreateWomanAsync(SampleForms.Create(form));
        var sealedBefore = Cipher(woman.Id);
        var moved = form.Clone();
        moved.Address = form.Address + "（搬到村东头）";
        Assert.Equal(1, (await registry.Women.ImportAsync([new ImportWomenRequest { RowNumber = 1, Woman = moved }])).Updated);

        Assert.Equal(sealedBefore, Cipher(woman.Id));
        var revealed = await registry.WomenAs(TestTokens.CountyOfficer).GetWomanAsync(new GetWomanRequest { Id = woman.Id, RevealPurpose = "核对住址变更" });
        Assert.Equal((form.ResidentIdNumber, form.Phone, moved.Address), (revealed.ResidentIdNumber, revealed.Phone, revealed.Address));
    }

    [Fact]
    public async Task A_tampered_or_removed_audit_record_is_detected()
    {
        for (var i = 0; i < 3; i++)
        {
            await registry.Women.CreateWomanAsync(SampleForms.Create());
        }
        var before = await Audit.VerifyAuditChainAsync(new VerifyAuditChainRequest());
        Assert.True(before.Intact, before.Problem);
        Assert.True(before.RecordsChecked >= 3);

        var victim = Execute("SELECT Id FROM AuditLog ORDER BY Id LIMIT 1 OFFSET 1");
        Execute($"UPDATE AuditLog SET Subject = 'someone-else' WHERE Id = {victim}");
        var altered = await Audit.VerifyAuditChainAsync(new VerifyAuditChainRequest());
        Assert.False(altered.Intact);
        Assert.Equal(victim, altered.FirstBrokenId);

        Execute($"DELETE FROM AuditLogResources WHERE AuditEntryId = {victim}; DELETE FROM AuditLog WHERE Id = {victim}");
        var removed = await Audit.VerifyAuditChainAsync(new VerifyAuditChainRequest());
        Assert.False(removed.Intact);
        Assert.Contains("does not link", removed.Problem);
    }

    [Fact]
    public async Task A_read_whose_audit_record_cannot_be_written_is_refused_and_the_log_carries_on_once_it_can()
    {
        var woman = await registry.Women.CreateWomanAsync(SampleForms.Create());
        // The audit writer keeps its connection and prepared inserts; a table it cannot write makes its group fail.
        Execute("ALTER TABLE AuditLogResources RENAME TO AuditLogResourcesAway");
        try
        {
            await RpcAssert.FailsWith(StatusCode.Unavailable, () => registry.Women.GetWomanAsync(new GetWomanRequest { Id = woman.Id }).ResponseAsync);
            // A call refused by authorization hands out nothing: it stays refused, with its own status.
            await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => registry.WomenAs(TestTokens.Auditor).GetWomanAsync(new GetWomanRequest { Id = woman.Id }).ResponseAsync);
        }
        finally
        {
            Execute("ALTER TABLE AuditLogResourcesAway RENAME TO AuditLogResources");
        }

        var read = await registry.Women.GetWomanAsync(new GetWomanRequest { Id = woman.Id, RevealPurpose = "" });
        Assert.Equal(woman.Id, read.Id);
        var records = await Audit.QueryAuditRecordsAsync(new QueryAuditRecordsRequest { Resource = $"woman:{woman.Id}" });
        // The create and the read after the failure: the refused read left no record of its own.
        Assert.Equal(["/suite.registry.v1.WomenService/GetWoman", "/suite.registry.v1.WomenService/CreateWoman"], records.Records.Select(r => r.Action));
        // (The chain itself is checked in AuditChainTests: this fixture's chain is tampered with by another test.)
    }

    private string Cipher(long womanId)
    {
        using var connection = new SqliteConnection($"Data Source={registry.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT ResidentIdCipher || '|' || PhoneCipher FROM Women WHERE Id = {womanId}";
        return (string)command.ExecuteScalar()!;
    }

    private long Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={registry.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() is long value ? value : 0;
    }
}
