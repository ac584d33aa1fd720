namespace CargomanStandIn.Control;

/// <summary>
/// A configured fault as the control API shows it. <see cref="Until"/> is RFC 3339.
/// </summary>
internal sealed record FaultView(int Status, int? RemainingCount, string? Until, int? RetryAfter);
