using System.Globalization;
using CargomanStandIn.Api;

namespace CargomanStandIn.Pipeline;

/// <summary>
/// Returns the injected fault's status and an INTERNAL_ERROR body for /api requests while a fault is set.
/// The request never reaches authentication or the endpoints, so no state changes.
/// </summary>
internal sealed class FaultMiddleware(RequestDelegate next, FaultInjector faults, ILogger<FaultMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var fault = faults.TryTrigger();
        if (fault is null)
        {
            await next(context);
            return;
        }

        Log.FaultInjected(logger, context.Request.Method, context.Request.Path, fault.Status);
        if (fault.RetryAfterSeconds is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        }

        var failure = ApiFailure.Internal(fault.Status, $"Injected fault: the Cargoman stand-in returns HTTP {fault.Status} for this request.");
        await ApiResponses.Error(failure).ExecuteAsync(context);
    }
}
