using System.Text.Json;
using CargomanStandIn.Customers;
using CargomanStandIn.Pipeline;

namespace CargomanStandIn.Control;

/// <summary>
/// Endpoints under /_standin/ that tests and the demo use to inspect and steer the stand-in. They need
/// no token and are not rate limited or recorded.
/// </summary>
internal static class ControlEndpoints
{
    public static IEndpointRouteBuilder MapControlEndpoints(this IEndpointRouteBuilder app)
    {
        var control = app.MapGroup("/_standin");
        control.MapGet("/customers", (CustomerStore store) => Results.Json(new { customers = store.ListForControl() }));
        control.MapGet("/calls", (CallLog calls) => Results.Json(new { calls = calls.List() }));
        control.MapGet("/faults", (FaultInjector faults) => Results.Json(new { fault = ToView(faults.Current()) }));
        control.MapPost("/faults", SetFaultAsync);
        control.MapDelete("/faults", ClearFaults);
        control.MapPost("/reset", Reset);
        return app;
    }

    private static async Task<IResult> SetFaultAsync(HttpRequest request, FaultInjector faults, TimeProvider timeProvider, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException exception)
        {
            return Results.Json(new ControlError($"The body is not valid JSON: {exception.Message}"), statusCode: StatusCodes.Status400BadRequest);
        }

        using (document)
        {
            if (!FaultRequest.TryParse(document.RootElement, timeProvider.GetUtcNow(), out var fault, out var error))
            {
                return Results.Json(new ControlError(error!), statusCode: StatusCodes.Status400BadRequest);
            }

            faults.Set(fault!);
            LogFaultSet(CreateLogger(loggerFactory), fault!);
            return Results.Json(new { fault = ToView(fault) });
        }
    }

    private static IResult ClearFaults(FaultInjector faults, ILoggerFactory loggerFactory)
    {
        faults.Clear();
        Log.FaultCleared(CreateLogger(loggerFactory));
        return Results.Json(new { fault = (FaultView?)null });
    }

    /// <summary>
    /// Returns the stand-in to its start state: no customers, calls, fault or rate-limit windows. The
    /// catalogue stays.
    /// </summary>
    private static IResult Reset(CustomerStore store, CallLog calls, FaultInjector faults, RateLimiter rateLimiter, ILoggerFactory loggerFactory)
    {
        store.Clear();
        calls.Clear();
        faults.Clear();
        rateLimiter.Clear();
        Log.StateReset(CreateLogger(loggerFactory));
        return Results.NoContent();
    }

    private static void LogFaultSet(ILogger logger, Fault fault)
    {
        if (fault.RemainingCount is { } count)
        {
            Log.FaultSetForCount(logger, fault.Status, count);
        }
        else
        {
            Log.FaultSetUntil(logger, fault.Status, Rfc3339.FormatWithMilliseconds(fault.Until!.Value));
        }
    }

    private static FaultView? ToView(Fault? fault) => fault is null
        ? null
        : new FaultView(fault.Status, fault.RemainingCount, fault.Until is { } until ? Rfc3339.FormatWithMilliseconds(until) : null, fault.RetryAfterSeconds);

    private static ILogger CreateLogger(ILoggerFactory loggerFactory) => loggerFactory.CreateLogger(typeof(ControlEndpoints));
}
