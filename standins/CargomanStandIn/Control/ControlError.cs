namespace CargomanStandIn.Control;

/// <summary>
/// Error body of the control API: <c>{"error": "..."}</c>.
/// </summary>
internal sealed record ControlError(string Error);
