namespace StripeStandIn.Scenarios;

/// <summary>
/// Error in a scenario file: invalid JSON, a missing or mistyped field, or an event the stand-in cannot render.
/// The message names the field, for example <c>events[3].at</c>.
/// </summary>
internal sealed class ScenarioException : Exception
{
    public ScenarioException(string message)
        : base(message)
    {
    }

    public ScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
