namespace CargomanStandIn.Pipeline;

/// <summary>
/// Records every /api request with its final status, including those rejected by the rate limiter,
/// an injected fault or authentication. Writes (any method but GET, HEAD and OPTIONS) also record their body.
/// </summary>
internal sealed class CallRecorderMiddleware(RequestDelegate next, CallLog callLog, TimeProvider timeProvider)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var arrivedAt = timeProvider.GetUtcNow();
        var isRead = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method);
        var body = isRead ? null : await RecordedBody.ReadAsync(request, context.RequestAborted);

        var status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        finally
        {
            // An exception that escapes the endpoints becomes a 500 response, so the call log records 500.
            var caller = context.Items.TryGetValue(AuthMiddleware.CallerRoleKey, out var role) ? (CallerRole?)role : null;
            var query = request.QueryString.HasValue ? request.QueryString.Value : null;
            callLog.Add(arrivedAt, request.Method, request.Path, query, status, caller, body);
        }
    }
}
