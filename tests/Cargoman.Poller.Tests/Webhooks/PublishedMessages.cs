using System.Collections.Concurrent;
using Cargoman.Contracts;

namespace Cargoman.Poller.Tests.Webhooks;

/// <summary>
/// The envelopes of the messages that one test's receiver got from the broker.
/// </summary>
public sealed class PublishedMessages
{
    public ConcurrentQueue<StripeEventInfo> Events { get; } = new();

    /// <summary>Waits up to 10 s until at least <paramref name="count"/> messages arrived, then returns every message so far.</summary>
    public async Task<List<StripeEventInfo>> WaitForAsync(int count)
    {
        for (var attempt = 0; attempt < 100 && Events.Count < count; attempt++)
        {
            await Task.Delay(100);
        }

        return [.. Events];
    }
}
