namespace CargomanStandIn.Api;

/// <summary>
/// An error response: HTTP status, Cargoman error code and message.
/// </summary>
internal sealed record ApiFailure(int StatusCode, string Code, string Message)
{
    public static ApiFailure NotFound(string message) => new(StatusCodes.Status404NotFound, "NOT_FOUND", message);

    public static ApiFailure Validation(string message) => new(StatusCodes.Status400BadRequest, "VALIDATION_ERROR", message);

    public static ApiFailure Conflict(string message) => new(StatusCodes.Status409Conflict, "CONFLICT", message);

    public static ApiFailure Forbidden(string message) => new(StatusCodes.Status403Forbidden, "FORBIDDEN", message);

    public static ApiFailure RateLimited(string message) => new(StatusCodes.Status429TooManyRequests, "RATE_LIMITED", message);

    public static ApiFailure Internal(int statusCode, string message) => new(statusCode, "INTERNAL_ERROR", message);

    public static ApiFailure CustomerNotFound() => NotFound("Customer not found");
}
