using StripeStandIn.Api;

namespace StripeStandIn.Control;

/// <summary>
/// An error the stand-in returns instead of serving a <c>/v1</c> request, set through <c>POST /_standin/faults</c>.
/// </summary>
/// <param name="ShouldRetry">
/// Value of the <c>Stripe-Should-Retry</c> header. Null sends <c>true</c> for 429 and no header for other statuses.
/// Stripe.net 53.1.0 retries a 429 only when this header is <c>true</c>, and retries 409 and 5xx unless it is <c>false</c>.
/// </param>
/// <param name="PathPrefix">Only requests whose path starts with these segments fail, for example <c>/v1/events</c>.</param>
internal sealed record InjectedFault(int StatusCode, bool? ShouldRetry, string PathPrefix)
{
    public string? ShouldRetryHeader => ShouldRetry switch
    {
        true => "true",
        false => "false",
        null => StatusCode == StatusCodes.Status429TooManyRequests ? "true" : null,
    };

    public StripeError ToError()
    {
        var message = $"Injected fault: the Stripe stand-in returns {StatusCode} as set through POST /_standin/faults.";
        return StatusCode switch
        {
            StatusCodes.Status429TooManyRequests => new StripeError(StatusCode, "rate_limit_error", message, "rate_limit"),
            StatusCodes.Status402PaymentRequired => new StripeError(StatusCode, "card_error", message),
            >= 500 => new StripeError(StatusCode, "api_error", message),
            _ => new StripeError(StatusCode, "invalid_request_error", message),
        };
    }
}
