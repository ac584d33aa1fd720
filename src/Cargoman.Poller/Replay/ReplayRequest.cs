namespace Cargoman.Poller.Replay;

/// <summary>
/// What a replay run reads and how it treats each event.
/// </summary>
/// <param name="From">The earliest <c>created</c> time to replay, inclusive.</param>
/// <param name="To">The latest <c>created</c> time to replay, inclusive.</param>
/// <param name="Types">The event types to replay; empty for every handled type.</param>
/// <param name="CustomerId">The only Stripe customer to replay; null for every customer.</param>
/// <param name="DryRun">Publish nothing; print the change each event would cause.</param>
/// <param name="Reprocess">Publish events that the consumers have already processed, for them to apply again.</param>
internal sealed record ReplayRequest(
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<string> Types,
    string? CustomerId,
    bool DryRun,
    bool Reprocess,
    ReplaySource Source)
{
    /// <summary>
    /// Returns a canonical text of the fields that choose the events and their treatment; an interrupted run is resumed
    /// by a later run with the same key.
    /// </summary>
    public string ResumeKey() => string.Join(
        ' ',
        $"from={From.UtcDateTime:O}",
        $"to={To.UtcDateTime:O}",
        $"types={string.Join(',', Types.Order(StringComparer.Ordinal))}",
        $"customer={CustomerId}",
        $"reprocess={Reprocess}",
        $"source={Source}");
}
