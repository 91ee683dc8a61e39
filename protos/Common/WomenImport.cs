using Grpc.Core;

namespace Suite.Contracts.Registry.V1;

/// <summary>
/// The client side of ImportWomen: sends the rows while reading the results as they stream back (reading concurrently,
/// so a large batch never stalls on flow control), and gathers them into one response with the batch's counts.
/// </summary>
public static class WomenImport
{
    public static async Task<ImportWomenResponse> ImportAsync(this WomenService.WomenServiceClient client, IEnumerable<ImportWomenRequest> rows,
        Metadata? headers = null, Action<int>? sent = null, CancellationToken cancellationToken = default)
    {
        using var call = client.ImportWomen(headers, cancellationToken: cancellationToken);
        var reading = CollectAsync(call.ResponseStream, cancellationToken);
        foreach (var row in rows)
        {
            await call.RequestStream.WriteAsync(row, cancellationToken);
            sent?.Invoke(1);
        }
        await call.RequestStream.CompleteAsync();
        return await reading;
    }

    /// <summary>All results in order, with the counts of the last message (the batch's).</summary>
    public static async Task<ImportWomenResponse> CollectAsync(IAsyncStreamReader<ImportWomenResponse> responses, CancellationToken cancellationToken = default)
    {
        var all = new ImportWomenResponse();
        await foreach (var message in responses.ReadAllAsync(cancellationToken))
        {
            all.Results.Add(message.Results);
            (all.Created, all.Updated, all.Unchanged, all.Rejected) = (message.Created, message.Updated, message.Unchanged, message.Rejected);
        }
        return all;
    }
}
