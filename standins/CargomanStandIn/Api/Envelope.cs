namespace CargomanStandIn.Api;

/// <summary>
/// The documented response envelope: <c>{"data": ..., "error": null}</c> or <c>{"data": null, "error": {...}}</c>.
/// </summary>
internal sealed record Envelope(object? Data, ApiError? Error);
