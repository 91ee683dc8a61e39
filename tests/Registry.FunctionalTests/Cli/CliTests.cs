using System.Text;
using System.Text.Json;
using Suite.Contracts.Common;
using Suite.Ledger;
using Suite.Security.Tokens;

namespace Suite.Registry.FunctionalTests.Cli;

/// <summary>The `suite` command against a running Registry: import, list and get in each format, errors, encodings.</summary>
public sealed class CliTests(RegistryFactory registry) : IClassFixture<RegistryFactory>, IDisposable
{
    private readonly CliRunner _cli = new(() => registry.Server.CreateHandler(), registry.Clock, "--registry", "http://registry.test");

    public void Dispose() => _cli.Dispose();

    private static string Row(int number, Woman w) => LedgerCsv.FormatRow(number, w, code => code);

    private string WriteCsv(string name, IEnumerable<string> rows, Encoding encoding)
    {
        var path = Path.Combine(_cli.Folder, name);
        File.WriteAllText(path, CsvCodec.FormatLine(LedgerCsv.Header) + string.Concat(rows), encoding);
        return path;
    }

    [Fact]
    public async Task Import_reports_each_outcome_and_writes_the_rejected_rows_with_reasons()
    {
        await _cli.LoginAsync(TestTokens.CountyOfficer);
        var good = Enumerable.Range(0, 3).Select(i => SampleForms.Woman(name: "命令行" + i)).ToList();
        var badId = SampleForms.Woman(name: "坏身份证");
        badId.ResidentIdNumber = "110105194912310021";
        var elsewhere = SampleForms.Woman(SampleForms.OtherCountyVillage, name: "外县");
        var rows = good.Select((w, i) => Row(i + 1, w)).Append(Row(4, badId)).Append(Row(5, elsewhere))
            .Append(Row(6, good[0]).Replace(",健康,", ",很好,")).ToList();
        var path = WriteCsv("survey.csv", rows, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var (code, output, error) = await _cli.RunAsync("import", path);
        Assert.True(code == 0, error);
        Assert.Contains("新增 3，更新 0，无变化 0，退回 3", output);

        var rejected = File.ReadAllLines(Path.Combine(_cli.Folder, "survey.rejected.csv"));
        Assert.Equal(4, rejected.Length);
        Assert.Contains(rejected, l => l.StartsWith("4,") && l.Contains("身份证号") && l.Contains("坏身份证"));
        Assert.Contains(rejected, l => l.StartsWith("5,") && l.Contains("村代码 不在你的辖区内"));
        Assert.Contains(rejected, l => l.StartsWith("6,") && l.Contains("健康状况"));

        var again = await _cli.RunAsync("import", path);
        Assert.Contains("新增 0，更新 0，无变化 3，退回 3", again.Out);
    }

    [Fact]
    public async Task List_and_get_print_a_table_JSON_or_CSV()
    {
        await _cli.LoginAsync(TestTokens.CountyOfficer);
        var form = SampleForms.Woman(SampleForms.OtherRuralVillage, name: "列表𠮷");
        form.EconomicStatus = EconomicStatus.MinimumAllowance;
        var created = await registry.Women.CreateWomanAsync(SampleForms.Create(form));

        var table = await _cli.RunAsync("women", "list", "--area", SampleForms.OtherRuralVillage, "--priority", "重点", "--name", "列表");
        Assert.True(table.ExitCode == 0, table.Error);
        Assert.Contains("列表𠮷", table.Out);
        Assert.Contains(created.ResidentIdNumber, table.Out); // masked
        Assert.Contains("共 1 名妇女", table.Out);
        Assert.Contains("姓名", table.Out); // headings in Chinese

        var json = await _cli.RunAsync("women", "list", "--area", SampleForms.OtherRuralVillage, "--name", "列表", "--json");
        var parsed = JsonDocument.Parse(json.Out).RootElement;
        Assert.Equal(created.Id.ToString(), parsed[0].GetProperty("id").GetString());

        var csv = await _cli.RunAsync("women", "list", "--area", SampleForms.OtherRuralVillage, "--name", "列表", "--csv");
        var lines = csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', LedgerCsv.Header), lines[0]);
        Assert.Contains("重点", lines[1]);
        Assert.StartsWith("1,林口县,林口镇,", lines[1]); // area names, as export writes them, not codes

        var get = await _cli.RunAsync("women", "get", created.Id.ToString(), "--reveal", "核对");
        Assert.Contains(form.ResidentIdNumber, get.Out);

        // A card in sections, in the words of the collection form; --json stays for scripts.
        var card = await _cli.RunAsync("women", "get", created.Id.ToString());
        foreach (var section in new[] { "基本信息", "家庭成员", "丈夫", "健康", "经济", "需求", "关注程度", "下次走访" })
        {
            Assert.Contains(section, card.Out);
        }
        Assert.Contains("低保", card.Out);
        Assert.Contains("生活困难：最低生活保障", card.Out);
        Assert.DoesNotContain("_", card.Out);
        Assert.DoesNotContain("{", card.Out);
        var cardJson = await _cli.RunAsync("women", "get", created.Id.ToString(), "--json");
        Assert.Equal(created.Id.ToString(), JsonDocument.Parse(cardJson.Out).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Server_errors_are_one_line_with_the_fields_and_a_non_zero_exit()
    {
        await _cli.LoginAsync(TestTokens.CountyOfficer);
        var (code, _, error) = await _cli.RunAsync("women", "add", "--name", "缺字段", "--id-number", "123", "--village", SampleForms.RuralVillage,
            "--health", "健康", "--economic", "一般", "--husband-name", "李", "--husband-work-place", "省外", "--husband-departure", "2025-01-01", "--verbose");
        Assert.Equal(2, code);
        var lines = error.Trim().Split('\n');
        Assert.StartsWith("错误：输入有误：身份证号 须为 18 位", lines[0]);
        Assert.StartsWith("追踪编号：", lines[1]);

        var outside = await _cli.RunAsync("women", "list", "--area", SampleForms.OtherCounty);
        Assert.Equal(2, outside.ExitCode);
        Assert.Contains("没有权限", outside.Error);
    }

    [Fact]
    public async Task An_expired_or_malformed_token_is_refused_at_login_and_gives_a_clear_message()
    {
        var expired = TestTokens.Issuer.Mint("u", "过期", "civil-affairs", "county-officer", SampleForms.County, TimeSpan.FromMinutes(5), registry.Clock.GetUtcNow().UtcDateTime.AddHours(-2));
        foreach (var (bad, why) in new[] { (expired, "过期"), ("not-a-token", "这不是令牌"), (TestTokens.Issuer.Mint("u", "n", "civil-affairs", "county-officer", "", TimeSpan.FromHours(1)), "缺少 area 声明") })
        {
            var login = await _cli.RunAsync("login", "--with-token", bad);
            Assert.Equal(1, login.ExitCode);
            Assert.Contains(why, login.Error);
            Assert.Contains("未保存任何内容", login.Error);
            Assert.Single(login.Error.Trim().Split('\n'));
            Assert.NotEqual(0, (await _cli.RunAsync("whoami")).ExitCode);
        }

        var (code, _, error) = await _cli.RunAsync("women", "list", "--token", expired);
        Assert.NotEqual(0, code);
        Assert.Contains("令牌已于", error);
        Assert.Contains("suite login", error);

        var notOurs = await _cli.RunAsync("women", "list", "--token", new Suite.Security.Tokens.LocalTokenIssuer(Suite.Security.Tokens.LocalTokenIssuer.NewKey())
            .Mint("u", "n", "civil-affairs", "admin", "*", TimeSpan.FromHours(1)));
        Assert.Equal(2, notOurs.ExitCode);
        Assert.Contains("服务不接受你的令牌", notOurs.Error);
    }

    [Fact]
    public async Task Login_remembers_the_profile_and_whoami_reads_it()
    {
        await _cli.LoginAsync(TestTokens.VillageStaff);
        var (code, output, _) = await _cli.RunAsync("whoami");
        Assert.Equal(0, code);
        Assert.Contains("村专干", output);
        Assert.Contains("民政 / 村专干", output);
        Assert.Contains(SampleForms.RuralVillage, output);
        var profiles = File.ReadAllText(Path.Combine(_cli.Folder, "profiles.json"));
        Assert.Contains("http://registry.test", profiles);
    }

    [Fact]
    public async Task A_GB18030_file_round_trips_names()
    {
        await _cli.LoginAsync(TestTokens.CountyOfficer);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var form = SampleForms.Woman(name: "𠮷国标编码");
        var path = WriteCsv("gb18030.csv", [Row(1, form)], Encoding.GetEncoding("GB18030"));
        Assert.NotEqual(File.ReadAllBytes(path), Encoding.UTF8.GetBytes(File.ReadAllText(path, Encoding.GetEncoding("GB18030"))));

        var (code, output, error) = await _cli.RunAsync("import", path);
        Assert.True(code == 0, error);
        Assert.Contains("新增 1", output);
        var list = await registry.Women.ListWomenAsync(new ListWomenRequest { Filter = new WomenFilter { AreaCode = SampleForms.RuralVillage, NamePrefix = "𠮷国标" } });
        Assert.Equal("𠮷国标编码", list.Women.Single().Name);
    }

    [Fact]
    public async Task A_file_that_does_not_decode_cleanly_is_refused_with_the_line_and_imports_nothing()
    {
        await _cli.LoginAsync(TestTokens.CountyOfficer);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var header = Encoding.UTF8.GetBytes(CsvCodec.FormatLine(LedgerCsv.Header));
        byte[] Utf8(Woman w, int n) => Encoding.UTF8.GetBytes(Row(n, w));
        byte[] Gb(Woman w, int n) => Encoding.GetEncoding("GB18030").GetBytes(Row(n, w));

        // A UTF-8 mark, then a row in GB18030.
        var marked = Path.Combine(_cli.Folder, "marked.csv");
        File.WriteAllBytes(marked, [.. Encoding.UTF8.Preamble, .. header, .. Utf8(SampleForms.Woman(name: "编码甲"), 1), .. Gb(SampleForms.Woman(name: "编码乙"), 2)]);
        var (code, _, error) = await _cli.RunAsync("import", marked);
        Assert.Equal(1, code);
        Assert.Contains("第 3 行", error);
        Assert.Contains("UTF-8", error);

        // No mark, one row in each encoding.
        var mixed = Path.Combine(_cli.Folder, "mixed.csv");
        File.WriteAllBytes(mixed, [.. header, .. Utf8(SampleForms.Woman(name: "编码丙"), 1), .. Gb(SampleForms.Woman(name: "编码丁"), 2)]);
        var second = await _cli.RunAsync("import", mixed);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("混用了两种编码", second.Error);

        var none = await registry.Women.ListWomenAsync(new ListWomenRequest { Filter = new WomenFilter { NamePrefix = "编码" } });
        Assert.Empty(none.Women);
    }

    [Fact]
    public async Task A_wrong_header_is_one_clear_message_not_a_rejected_row()
    {
        await _cli.LoginAsync(TestTokens.CountyOfficer);
        var header = LedgerCsv.Header.ToArray();
        header[6] = "身份证";
        var path = Path.Combine(_cli.Folder, "header.csv");
        File.WriteAllText(path, CsvCodec.FormatLine(header[..^1]) + Row(1, SampleForms.Woman(name: "表头")), new UTF8Encoding(true));

        var (code, _, error) = await _cli.RunAsync("import", path);
        Assert.Equal(1, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("表头与规定格式不符", error);
        Assert.Contains("第 7 列是“身份证”，应为“身份证号”", error);
        Assert.Contains($"缺少第 {header.Length} 列", error);
        Assert.False(File.Exists(Path.Combine(_cli.Folder, "header.rejected.csv")));
    }

    [Fact]
    public async Task A_server_that_dies_mid_stream_is_named_with_its_address_not_a_transport_exception()
    {
        await registry.Women.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(name: "断流")));
        using var cut = new CliRunner(() => new CutOffHandler(registry.Server.CreateHandler()), registry.Clock, "--registry", "http://registry.test");
        await cut.LoginAsync(TestTokens.CountyOfficer);

        var (code, _, error) = await cut.RunAsync("export", "--area", SampleForms.County);
        Assert.Equal(2, code);
        Assert.StartsWith("错误：台账服务（http://registry.test）没有响应", error);
        Assert.DoesNotContain("Exception", error);
    }

    /// <summary>Passes the response headers on, then loses the connection after a few bytes of the body.</summary>
    private sealed class CutOffHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.RequestUri!.AbsolutePath.EndsWith("/ExportLedgerCsv", StringComparison.Ordinal))
            {
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                var cut = new StreamContent(new CutOffStream(body.Take(8).ToArray()));
                foreach (var header in response.Content.Headers)
                {
                    cut.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
                response.Content = cut;
            }
            return response;
        }
    }

    private sealed class CutOffStream(byte[] first) : MemoryStream(first)
    {
        public override int Read(byte[] buffer, int offset, int count) =>
            base.Read(buffer, offset, count) is > 0 and var n ? n : throw new IOException("The connection was reset by the peer.");

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            await base.ReadAsync(buffer, cancellationToken) is > 0 and var n ? n : throw new IOException("The connection was reset by the peer.");
    }

    [Fact]
    public async Task Export_writes_the_ledger_of_the_callers_county()
    {
        await _cli.LoginAsync(TestTokens.CountyOfficer);
        await registry.Women.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(name: "导出命令")));
        var target = Path.Combine(_cli.Folder, "ledger.csv");
        var (code, _, error) = await _cli.RunAsync("export", "--area", SampleForms.County, "--output", target);
        Assert.True(code == 0, error);
        var text = File.ReadAllText(target);
        Assert.StartsWith("\uFEFF序号", text);
        Assert.Contains("导出命令", text);
        Assert.DoesNotContain(",231085", text);
    }
}
