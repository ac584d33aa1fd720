namespace CargomanStandIn.Api;

/// <summary>
/// The auth layer's error body, which is not enveloped: <c>{"error": "unauthorized", "message": "..."}</c>.
/// </summary>
internal sealed record FlatAuthError(string Error, string Message);
