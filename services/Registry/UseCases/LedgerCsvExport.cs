using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Suite.Contracts.Registry.V1;
using Suite.Ledger;

namespace Suite.Registry.UseCases;

/// <summary>The information ledger as a CSV file, streamed in chunks of about 64 KiB, each naming the women it holds.</summary>
public sealed class LedgerCsvExport(VillageDirectory areas)
{
    private const int ChunkChars = 64 * 1024 / 3;

    public async Task WriteAsync(IAsyncEnumerable<Woman> women, IServerStreamWriter<CsvChunk> stream, CancellationToken ct)
    {
        // UTF-8 with BOM so that spreadsheet programs in county offices open the Chinese text correctly.
        var buffer = new StringBuilder("\uFEFF").Append(CsvCodec.FormatLine(LedgerCsv.Header));
        var ids = new List<long>();
        var row = 0;
        await foreach (var woman in women)
        {
            buffer.Append(LedgerCsv.FormatRow(++row, woman, areas.NameOf));
            ids.Add(woman.Id);
            if (buffer.Length >= ChunkChars)
            {
                await FlushAsync();
            }
        }
        await FlushAsync();

        async Task FlushAsync()
        {
            if (buffer.Length > 0)
            {
                await stream.WriteAsync(new CsvChunk { Data = ByteString.CopyFromUtf8(buffer.ToString()), WomanIds = { ids } }, ct);
                buffer.Clear();
                ids.Clear();
            }
        }
    }
}
