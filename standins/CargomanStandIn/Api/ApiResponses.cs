namespace CargomanStandIn.Api;

/// <summary>
/// Builds /api responses in the configured <see cref="ResponseShape"/>.
/// </summary>
internal sealed class ApiResponses(StandInOptions options)
{
    /// <summary>
    /// Returns an object response, enveloped unless the shape is <see cref="ResponseShape.Bare"/>.
    /// </summary>
    public IResult Object(object data, int statusCode = StatusCodes.Status200OK) =>
        options.ResponseShape == ResponseShape.Bare
            ? Results.Json(data, statusCode: statusCode)
            : Results.Json(new Envelope(data, null), statusCode: statusCode);

    /// <summary>
    /// Returns the response of customer get and create, which the mixed shape sends bare.
    /// </summary>
    public IResult Customer(object customer, int statusCode = StatusCodes.Status200OK) =>
        options.ResponseShape == ResponseShape.Envelope
            ? Results.Json(new Envelope(customer, null), statusCode: statusCode)
            : Results.Json(customer, statusCode: statusCode);

    public IResult Page(object items, Pagination pagination) =>
        options.ResponseShape == ResponseShape.Bare
            ? Results.Json(new BarePage(items, pagination))
            : Results.Json(new PagedEnvelope(items, pagination, null));

    /// <summary>
    /// Returns an enveloped error. Every shape envelopes errors.
    /// </summary>
    public static IResult Error(ApiFailure failure) =>
        Results.Json(new Envelope(null, new ApiError(failure.Code, failure.Message)), statusCode: failure.StatusCode);

    public static IResult Unauthorized(string message) =>
        Results.Json(new FlatAuthError("unauthorized", message), statusCode: StatusCodes.Status401Unauthorized);

    /// <summary>
    /// Returns <paramref name="onSuccess"/>'s response for a value, or the error response for a failure.
    /// </summary>
    public static IResult From<T>(Result<T> result, Func<T, IResult> onSuccess)
        where T : class =>
        result.Succeeded ? onSuccess(result.Value) : Error(result.Failure);
}
