namespace StripeStandIn.Control;

/// <summary>
/// The pending fault and how many more <c>/v1</c> requests it applies to. Thread-safe.
/// </summary>
internal sealed class FaultInjector
{
    private readonly Lock _lock = new();
    private InjectedFault? _fault;
    private int _remaining;

    /// <summary>Replaces the pending fault, or clears it when <paramref name="count"/> is 0.</summary>
    public void Set(InjectedFault fault, int count)
    {
        lock (_lock)
        {
            _fault = count > 0 ? fault : null;
            _remaining = count;
        }
    }

    /// <summary>Returns the pending fault and counts one use of it, or returns null when none applies to <paramref name="path"/>.</summary>
    public InjectedFault? TryTake(PathString path)
    {
        lock (_lock)
        {
            if (_fault is null || _remaining <= 0 || !path.StartsWithSegments(_fault.PathPrefix))
            {
                return null;
            }

            _remaining--;
            return _fault;
        }
    }

    public (InjectedFault? Fault, int Remaining) GetPending()
    {
        lock (_lock)
        {
            return _remaining > 0 ? (_fault, _remaining) : (null, 0);
        }
    }
}
