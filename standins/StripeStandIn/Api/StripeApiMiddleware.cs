using StripeStandIn.Control;
using StripeStandIn.Rendering;
using StripeStandIn.State;

namespace StripeStandIn.Api;

/// <summary>
/// Gives every response a <c>Request-Id</c> header and, for <c>/v1</c> requests, checks the API key, returns a
/// pending injected fault, rejects methods other than GET as Stripe rejects unknown URLs, and records the request.
/// </summary>
/// <remarks>
/// The <c>Stripe-Version</c>, <c>Stripe-Account</c> and <c>Idempotency-Key</c> headers are recorded and otherwise
/// ignored: events keep the API version they were created in, as on Stripe.
/// </remarks>
internal sealed class StripeApiMiddleware(
    RequestDelegate next,
    FaultInjector faults,
    RequestRecorder recorder,
    ScenarioClock clock,
    ILogger<StripeApiMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.Headers["Request-Id"] = StripeIds.NewRequestId();
        if (!context.Request.Path.StartsWithSegments("/v1"))
        {
            await next(context);
            return;
        }

        var receivedAt = clock.Now;
        try
        {
            await ServeApiRequestAsync(context);
        }
        finally
        {
            var recorded = RecordedRequest.From(context, receivedAt);
            recorder.Add(recorded);
            logger.RequestServed(recorded.Method, recorded.Path, recorded.Query, recorded.Status);
        }
    }

    private async Task ServeApiRequestAsync(HttpContext context)
    {
        var request = context.Request;
        var keyError = ApiKeys.Check(request.Headers.Authorization.ToString());
        if (keyError is not null)
        {
            logger.RequestRejected(request.Method, request.Path, keyError.Message);
            await keyError.ToResult().ExecuteAsync(context);
            return;
        }

        var fault = faults.TryTake(request.Path);
        if (fault is not null)
        {
            logger.FaultReturned(request.Method, request.Path, fault.StatusCode, faults.GetPending().Remaining);
            if (fault.ShouldRetryHeader is { } shouldRetry)
            {
                context.Response.Headers["Stripe-Should-Retry"] = shouldRetry;
            }

            await fault.ToError().ToResult().ExecuteAsync(context);
            return;
        }

        if (!HttpMethods.IsGet(request.Method))
        {
            await StripeError.UnrecognizedUrl(request.Method, request.Path).ToResult().ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
