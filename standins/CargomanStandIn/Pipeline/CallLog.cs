using System.Text.Json.Nodes;

namespace CargomanStandIn.Pipeline;

/// <summary>
/// Recorded /api calls, oldest first. Keeps the latest <see cref="MaxCalls"/> and drops older ones.
/// </summary>
internal sealed class CallLog
{
    public const int MaxCalls = 10_000;

    private readonly Lock _lock = new();
    private readonly Queue<RecordedCall> _calls = new();
    private long _lastSequence;

    public void Add(DateTimeOffset time, string method, string path, string? query, int status, CallerRole? caller, JsonNode? body)
    {
        lock (_lock)
        {
            _lastSequence++;
            _calls.Enqueue(new RecordedCall(_lastSequence, Rfc3339.FormatWithMilliseconds(time), method, path, query, status, caller, body));
            if (_calls.Count > MaxCalls)
            {
                _calls.Dequeue();
            }
        }
    }

    public IReadOnlyList<RecordedCall> List()
    {
        lock (_lock)
        {
            return [.. _calls];
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _calls.Clear();
            _lastSequence = 0;
        }
    }
}
