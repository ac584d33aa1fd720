namespace CargomanStandIn.Pipeline;

/// <summary>
/// The one fault currently configured, if any. A new fault replaces the previous one.
/// </summary>
internal sealed class FaultInjector(TimeProvider timeProvider)
{
    private readonly Lock _lock = new();
    private Fault? _fault;

    public void Set(Fault fault)
    {
        lock (_lock)
        {
            _fault = fault;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _fault = null;
        }
    }

    /// <summary>
    /// Returns the configured fault, or null when none is set or its end time has passed.
    /// </summary>
    public Fault? Current()
    {
        lock (_lock)
        {
            DropIfEnded();
            return _fault;
        }
    }

    /// <summary>
    /// Returns the fault that applies to the current request, or null. A count-limited fault loses one from its count.
    /// </summary>
    public Fault? TryTrigger()
    {
        lock (_lock)
        {
            DropIfEnded();
            var fault = _fault;
            if (fault?.RemainingCount is { } remaining)
            {
                _fault = remaining > 1 ? fault with { RemainingCount = remaining - 1 } : null;
            }

            return fault;
        }
    }

    private void DropIfEnded()
    {
        if (_fault?.Until is { } until && timeProvider.GetUtcNow() >= until)
        {
            _fault = null;
        }
    }
}
