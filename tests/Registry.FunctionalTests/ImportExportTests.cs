using System.Text;

namespace Suite.Registry.FunctionalTests;

public sealed class ImportExportTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private Task<ImportWomenResponse> ImportAsync(IEnumerable<Woman> rows) =>
        registry.Women.ImportAsync(rows.Select((woman, i) => new ImportWomenRequest { RowNumber = i + 1, Woman = woman, RecordedBy = "李春华" }));

    [Fact]
    public async Task An_imported_woman_reads_back_as_sent()
    {
        // New rows are written by the bulk insert, not by EF: every column, the JSON household and the skills list
        // must come back exactly as the form had them.
        var form = SampleForms.Woman(name: "𠈌芳");
        form.HouseholdMembers.Add(new HouseholdMember { Relation = HouseholdRelation.Parent, Name = "王老太", BirthDate = new Suite.Contracts.Common.V1.Date { Year = 1950, Month = 2, Day = 3 } });
        form.Skills.Add("刺绣");
        form.Needs.Add(Need.Legal);
        var imported = await ImportAsync([form]);
        var woman = await registry.Women.GetWomanAsync(new GetWomanRequest { Id = imported.Results.Single().WomanId, RevealPurpose = "核对导入" });

        Assert.Equal((form.Name, form.ResidentIdNumber, form.Phone, form.VillageCode, form.Address, form.Ethnicity, form.ContractedLandMu),
            (woman.Name, woman.ResidentIdNumber, woman.Phone, woman.VillageCode, woman.Address, woman.Ethnicity, woman.ContractedLandMu));
        Assert.Equal((form.Education, form.Health, form.EconomicStatus, form.EmploymentStatus, form.ConsentToShare, form.CollectedBy, form.CollectedOn),
            (woman.Education, woman.Health, woman.EconomicStatus, woman.EmploymentStatus, woman.ConsentToShare, woman.CollectedBy, woman.CollectedOn));
        Assert.Equal(form.Husband, woman.Husband);
        Assert.Equal(form.HouseholdMembers, woman.HouseholdMembers);
        Assert.Equal(form.Skills, woman.Skills);
        Assert.Equal(form.Needs, woman.Needs);
    }

    [Fact]
    public async Task A_batch_is_validated_row_by_row_and_resending_it_changes_nothing()
    {
        var good = Enumerable.Range(0, 1200).Select(i => SampleForms.Woman(name: "导入" + i)).ToList();
        var bad = SampleForms.Woman(name: "坏行");
        bad.ResidentIdNumber = "123";
        var duplicate = good[5].Clone();
        var batch = good.Append(bad).Append(duplicate).ToList();

        var first = await ImportAsync(batch);
        Assert.Equal((1200, 0, 0, 2), (first.Created, first.Updated, first.Unchanged, first.Rejected));
        Assert.Equal(batch.Count, first.Results.Count);
        var rejectedBad = first.Results[1200];
        Assert.Equal((1201, ImportOutcome.Rejected), (rejectedBad.RowNumber, rejectedBad.Outcome));
        Assert.Contains(rejectedBad.Errors, e => e.Field == "woman.resident_id_number");
        Assert.Contains("row 6", first.Results[1201].Errors.Single().Description);

        var again = await ImportAsync(batch);
        Assert.Equal((0, 0, 1200, 2), (again.Created, again.Updated, again.Unchanged, again.Rejected));
        Assert.Equal(first.Results.Take(1200).Select(r => r.WomanId), again.Results.Take(1200).Select(r => r.WomanId));
        var woman = await registry.Women.GetWomanAsync(new GetWomanRequest { Id = first.Results[0].WomanId });
        Assert.Equal("1", woman.Etag);
        Assert.Empty((await registry.Women.ListChangesAsync(new ListChangesRequest { WomanId = woman.Id })).Changes);
    }

    [Fact]
    public async Task A_batch_over_the_row_limit_is_refused_and_the_ledger_stays_whole()
    {
        var rows = Enumerable.Range(0, RegistryFactory.ImportRowLimit + 100).Select(i => SampleForms.Woman(name: "超限" + i)).ToList();

        // The limit is found while earlier chunks are being written: the call fails with the field named.
        await RpcAssert.InvalidFields(() => ImportAsync(rows), "row_number");

        // Whatever was written before the refusal was written whole: re-sending the rows under the limit creates the
        // rest and finds the written ones unchanged, never half-written (updated) or rejected.
        var resent = await ImportAsync(rows.Take(RegistryFactory.ImportRowLimit));
        Assert.Equal((RegistryFactory.ImportRowLimit, 0, 0), (resent.Created + resent.Unchanged, resent.Updated, resent.Rejected));
        Assert.True(resent.Unchanged > 0);
    }

    [Fact]
    public async Task A_batch_whose_report_is_larger_than_one_message_reports_every_row()
    {
        // A client that takes at most 200 kB per message: the report of 1,400 rejected rows (three faults each) is
        // larger, so it must arrive in parts.
        using var channel = global::Grpc.Net.Client.GrpcChannel.ForAddress(registry.Server.BaseAddress, new global::Grpc.Net.Client.GrpcChannelOptions
        {
            HttpHandler = new BearerTokenHandler(TestTokens.Admin) { InnerHandler = registry.Server.CreateHandler() },
            MaxReceiveMessageSize = 200_000,
        });
        var rows = Enumerable.Range(1, 1_400).Select(n =>
        {
            var bad = SampleForms.Woman(name: "");
            (bad.ResidentIdNumber, bad.Phone) = ("123", "999");
            return new ImportWomenRequest { RowNumber = n, Woman = bad };
        }).ToList();

        var report = await new WomenService.WomenServiceClient(channel).ImportAsync(rows);
        Assert.Equal(1_400, report.Rejected);
        Assert.Equal(rows.Select(r => r.RowNumber), report.Results.Select(r => r.RowNumber));
        Assert.All(report.Results, r => Assert.True(r.Errors.Count >= 3));
        Assert.True(report.CalculateSize() > 200_000, "the report should not fit one message");
    }

    [Fact]
    public async Task Repeated_row_numbers_are_refused_and_count_toward_the_limit()
    {
        // Every row carries the number 1: the first is imported, each repeat is refused with the reason in Chinese.
        var response = await registry.Women.ImportAsync(Enumerable.Range(0, 3).Select(i => new ImportWomenRequest { RowNumber = 1, Woman = SampleForms.Woman(name: "重号" + i) }));
        Assert.Equal((1, 2), (response.Created, response.Rejected));
        Assert.All(response.Results.Where(r => r.Outcome == ImportOutcome.Rejected), r => Assert.Equal("行号 在本批中重复出现", r.Errors.Single().Localized));

        // Repeating one number does not slip more rows than the limit through.
        await RpcAssert.InvalidFields(() => registry.Women.ImportAsync(Enumerable.Range(0, RegistryFactory.ImportRowLimit + 1)
            .Select(i => new ImportWomenRequest { RowNumber = 7, Woman = SampleForms.Woman(name: "洪水" + i) })), "row_number");

        // The call that ended in the refusal is audited with that outcome, not OK.
        var audit = new Suite.Contracts.Common.V1.AuditService.AuditServiceClient(registry.ChannelFor(TestTokens.Auditor));
        var records = await audit.QueryAuditRecordsAsync(new Suite.Contracts.Common.V1.QueryAuditRecordsRequest { Subject = "civil-affairs/admin/*" });
        Assert.Contains(records.Records, r => r.Action.EndsWith("/ImportWomen") && r.Outcome == "INVALID_ARGUMENT");
    }

    [Fact]
    public async Task A_changed_row_updates_the_woman_and_records_the_change()
    {
        var form = SampleForms.Woman(name: "复查");
        var other = SampleForms.Woman(name: "复查二");
        var first = await ImportAsync([form, other]);
        var created = first.Results[0];
        // Both read once, so both sit in the cache when the import changes them.
        await registry.Women.GetWomanAsync(new GetWomanRequest { Id = created.WomanId });
        await registry.Women.GetWomanAsync(new GetWomanRequest { Id = first.Results[1].WomanId });
        form.Phone = "13700137000";
        other.Address += "（新址）";
        var second = await ImportAsync([form, other]);
        Assert.Equal((ImportOutcome.Updated, created.WomanId), (second.Results[0].Outcome, second.Results[0].WomanId));
        Assert.Equal((ImportOutcome.Updated, first.Results[1].WomanId), (second.Results[1].Outcome, second.Results[1].WomanId));
        var change = (await registry.Women.ListChangesAsync(new ListChangesRequest { WomanId = created.WomanId })).Changes.Single();
        Assert.Equal(("phone", "survey import", "李春华"), (change.Field, change.Reason, change.RecordedBy));
        Assert.EndsWith("7000", (await registry.Women.GetWomanAsync(new GetWomanRequest { Id = created.WomanId })).Phone);
        Assert.Equal(other.Address, (await registry.Women.GetWomanAsync(new GetWomanRequest { Id = first.Results[1].WomanId })).Address);
    }

    [Fact]
    public async Task Export_streams_the_filtered_ledger_and_the_CSV_follows_the_ledger_layout()
    {
        var marker = "导出" + Guid.NewGuid().ToString("N")[..6];
        var ids = new List<long>();
        foreach (var name in new[] { marker + "𠮷", marker + "乙" })
        {
            ids.Add((await registry.Women.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(SampleForms.OtherCountyVillage, name: name)))).Id);
        }
        var filter = new WomenFilter { AreaCode = SampleForms.OtherCounty, NamePrefix = marker };

        var exported = new List<Woman>();
        using (var call = registry.Women.ExportWomen(new ExportWomenRequest { Filter = filter }))
        {
            await foreach (var w in call.ResponseStream.ReadAllAsync())
            {
                exported.Add(w);
            }
        }
        Assert.Equal(ids, exported.Select(w => w.Id));

        var bytes = new List<byte>();
        using (var call = registry.Women.ExportLedgerCsv(new ExportWomenRequest { Filter = filter }))
        {
            await foreach (var chunk in call.ResponseStream.ReadAllAsync())
            {
                bytes.AddRange(chunk.Data);
            }
        }
        var lines = Encoding.UTF8.GetString(bytes.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\uFEFF序号,县(市、区),乡镇(街道),村(居),村代码,姓名,身份证号", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"1,穆棱市,八面通镇,", lines[1]);
        Assert.Contains(marker + "𠮷", lines[1]);
        Assert.Contains(exported[0].ResidentIdNumber, lines[1]);
    }

    [Fact]
    public async Task Export_with_a_bad_filter_is_invalid()
    {
        await RpcAssert.InvalidFields(async () =>
        {
            using var call = registry.Women.ExportWomen(new ExportWomenRequest { Filter = new WomenFilter { AreaCode = "x" } });
            await call.ResponseStream.MoveNext();
        }, "filter.area_code");
    }
}
