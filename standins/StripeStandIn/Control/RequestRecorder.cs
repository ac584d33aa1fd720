namespace StripeStandIn.Control;

/// <summary>
/// The served <c>/v1</c> requests in the order they completed. Thread-safe.
/// </summary>
internal sealed class RequestRecorder
{
    /// <summary>Maximum number of requests kept. Older ones are dropped so that a long demo run cannot exhaust memory.</summary>
    public const int Capacity = 100_000;

    private readonly Lock _lock = new();
    private readonly Queue<RecordedRequest> _requests = new();

    public void Add(RecordedRequest request)
    {
        lock (_lock)
        {
            if (_requests.Count == Capacity)
            {
                _requests.Dequeue();
            }

            _requests.Enqueue(request);
        }
    }

    public IReadOnlyList<RecordedRequest> GetAll()
    {
        lock (_lock)
        {
            return _requests.ToList();
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _requests.Clear();
        }
    }
}
