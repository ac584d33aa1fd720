using System.Net;

namespace Cargoman.Consumers.Cargoman;

/// <summary>
/// Thrown when Cargoman responds to a call with an error status.
/// </summary>
internal sealed class CargomanApiException(HttpStatusCode statusCode, string? errorCode, string? errorMessage, string operation)
    : Exception($"Cargoman responded {(int)statusCode} {errorCode ?? statusCode.ToString()} to {operation}: {errorMessage ?? "no message"}")
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    /// <summary>Cargoman's error code, such as CONFLICT, or the auth layer's flat error, such as unauthorized.</summary>
    public string? ErrorCode { get; } = errorCode;

    /// <summary>Whether the token is wrong or lacks rights: an operator must fix the setting.</summary>
    public bool IsAuthorizationFailure => StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;

    /// <summary>Whether the same call can succeed later without anyone changing anything.</summary>
    public bool IsTransient =>
        StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)StatusCode >= 500;
}
