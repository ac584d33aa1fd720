namespace CargomanStandIn.Api;

/// <summary>
/// The <c>error</c> member of the envelope.
/// </summary>
internal sealed record ApiError(string Code, string Message);
