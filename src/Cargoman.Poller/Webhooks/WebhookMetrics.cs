using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Cargoman.Poller.Webhooks;

/// <summary>
/// Counts webhook deliveries by outcome, as the counter <c>cargoman.sync.webhook.deliveries</c> of the meter
/// <c>Cargoman.Sync.Webhook</c>, and keeps the counts since the last report for the periodic log line.
/// </summary>
internal sealed class WebhookMetrics
{
    public const string MeterName = "Cargoman.Sync.Webhook";
    public const string CounterName = "cargoman.sync.webhook.deliveries";

    private readonly Counter<long> _deliveries;
    private readonly ConcurrentDictionary<string, long> _sinceLastReport = new(StringComparer.Ordinal);

    public WebhookMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _deliveries = meter.CreateCounter<long>(
            CounterName,
            unit: "{delivery}",
            description: "Stripe webhook deliveries, tagged with outcome (accepted, duplicate, ignored, rejected, failed) and, for rejected and failed, reason.");
    }

    public void Record(WebhookResult result)
    {
        var outcome = result.Outcome.ToString().ToLowerInvariant();
        if (result.Reason is null)
        {
            _deliveries.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        }
        else
        {
            _deliveries.Add(1, new KeyValuePair<string, object?>("outcome", outcome), new KeyValuePair<string, object?>("reason", result.Reason));
        }

        var key = result.Reason is null ? outcome : $"{outcome} ({result.Reason})";
        _sinceLastReport.AddOrUpdate(key, 1, (_, count) => count + 1);
    }

    /// <summary>
    /// Returns the counts since the previous call, such as <c>accepted</c> or <c>rejected (signature_mismatch)</c>, and starts again from zero.
    /// </summary>
    public IReadOnlyDictionary<string, long> TakeCounts()
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var key in _sinceLastReport.Keys)
        {
            if (_sinceLastReport.TryRemove(key, out var count) && count > 0)
            {
                counts[key] = count;
            }
        }

        return counts;
    }
}
