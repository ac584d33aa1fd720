using System.Net;
using Cargoman.Consumers.Cargoman;
using Npgsql;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Stripe;

namespace Cargoman.Consumers.Consumers;

/// <summary>
/// Sorts failures into those that waiting can cure (a service down, slow, throttling, or refusing a token that an operator is fixing) and those it cannot.
/// </summary>
internal static class FailureClassifier
{
    public static bool IsWorthRetrying(Exception exception) => exception switch
    {
        CargomanApiException cargoman => cargoman.IsTransient || cargoman.IsAuthorizationFailure,
        StripeException stripe => IsWorthRetrying(stripe),
        HttpRequestException => true,
        TimeoutRejectedException => true,
        BrokenCircuitException => true,
        TimeoutException => true,
        NpgsqlException npgsql => npgsql.IsTransient,
        _ => false,
    };

    private static bool IsWorthRetrying(StripeException exception)
    {
        var status = (int)exception.HttpStatusCode;

        // Stripe.net reports network failures with status 0.
        return status == 0
            || status >= 500
            || exception.HttpStatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.Conflict
            || exception.InnerException is HttpRequestException or TaskCanceledException;
    }
}
