using System.Text.Json;
using StripeStandIn.State;
using StripeStandIn.Webhooks;

namespace StripeStandIn.Control;

/// <summary>
/// Endpoints under <c>/_standin/</c> for tests and the demo. They need no API key and are not Stripe's.
/// </summary>
internal static class ControlEndpoints
{
    private const int MaxFaultCount = 1_000_000;

    public static IEndpointRouteBuilder MapControlEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var control = endpoints.MapGroup("/_standin");
        control.MapGet("/status", GetStatus);
        control.MapGet("/faults", GetFault);
        control.MapPost("/faults", ReadAndSetFaultAsync);
        control.MapDelete("/faults", (FaultInjector faults, ILogger<FaultInjector> logger) =>
            SetFault(new FaultRequest(StatusCodes.Status500InternalServerError, 0), faults, logger));
        control.MapGet("/webhooks", GetWebhooks);
        control.MapGet("/requests", (RequestRecorder recorder) => Results.Json(recorder.GetAll()));
        control.MapDelete("/requests", (RequestRecorder recorder) =>
        {
            recorder.Clear();
            return Results.NoContent();
        });
        return endpoints;
    }

    /// <summary>
    /// Returns the scenario's progress. Times are Unix seconds, rounded down, except <c>zeroMs</c>, which gives time
    /// zero in milliseconds so that a test can compute an event's <c>created</c> as floor(zeroMs / 1000 + at).
    /// </summary>
    private static IResult GetStatus(ScenarioClock clock, EventStore events)
    {
        var now = clock.Now;
        var released = events.CountReleased(now);
        return Results.Json(new
        {
            startedAt = clock.StartedAt.ToUnixTimeSeconds(),
            zero = clock.Zero.ToUnixTimeSeconds(),
            zeroMs = clock.Zero.ToUnixTimeMilliseconds(),
            now = now.ToUnixTimeSeconds(),
            total = events.Count,
            released,
            allReleased = released == events.Count,
        });
    }

    /// <summary>Returns the webhook delivery counts; all zero when no webhook URL was given.</summary>
    private static IResult GetWebhooks(WebhookDeliveryLog deliveries, IServiceProvider services) =>
        Results.Json(new
        {
            url = services.GetService<WebhookTarget>()?.Url.ToString(),
            delivered = deliveries.Delivered,
            failedAttempts = deliveries.FailedAttempts,
            abandoned = deliveries.Abandoned,
        });

    private static IResult GetFault(FaultInjector faults)
    {
        var (fault, remaining) = faults.GetPending();
        return Results.Json(new
        {
            status = fault?.StatusCode,
            count = remaining,
            shouldRetry = fault?.ShouldRetry,
            path = fault?.PathPrefix,
        });
    }

    private static async Task<IResult> ReadAndSetFaultAsync(
        HttpRequest httpRequest, FaultInjector faults, ILogger<FaultInjector> logger)
    {
        FaultRequest? request;
        try
        {
            request = await httpRequest.ReadFromJsonAsync<FaultRequest>(httpRequest.HttpContext.RequestAborted);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // InvalidOperationException means a content type other than JSON.
            request = null;
        }

        return request is null
            ? Results.Json(
                new { error = "The body must be JSON sent with Content-Type: application/json, such as {\"status\": 429, \"count\": 3}." },
                statusCode: StatusCodes.Status400BadRequest)
            : SetFault(request, faults, logger);
    }

    private static IResult SetFault(FaultRequest request, FaultInjector faults, ILogger<FaultInjector> logger)
    {
        var path = request.Path ?? "/v1";
        string? problem = null;
        if (request.Status is < 400 or > 599)
        {
            problem = $"status must be an HTTP error status from 400 to 599, found {request.Status}.";
        }
        else if (request.Count is < 0 or > MaxFaultCount)
        {
            problem = $"count must be from 0 (clear) to {MaxFaultCount}, found {request.Count}.";
        }
        else if (!new PathString(path).StartsWithSegments("/v1"))
        {
            problem = $"path must start with /v1, found \"{path}\".";
        }

        if (problem is not null)
        {
            return Results.Json(new { error = problem }, statusCode: StatusCodes.Status400BadRequest);
        }

        faults.Set(new InjectedFault(request.Status, request.ShouldRetry, path), request.Count);
        if (request.Count > 0)
        {
            logger.FaultSet(request.Status, request.Count, path);
        }
        else
        {
            logger.FaultCleared();
        }

        return GetFault(faults);
    }
}
