using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CargomanStandIn.Api;

namespace CargomanStandIn.Pipeline;

/// <summary>
/// Counts /api requests per presented token, adds the X-RateLimit-* headers, and returns 429 RATE_LIMITED
/// with Retry-After once a token's window is used up. It runs before authentication, so requests with a
/// wrong or missing token are counted too, each under the token they present.
/// </summary>
internal sealed class RateLimitMiddleware(RequestDelegate next, RateLimiter rateLimiter, ILogger<RateLimitMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var decision = rateLimiter.TryAcquire(KeyFor(context.Request));
        if (decision is null)
        {
            await next(context);
            return;
        }

        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = decision.ResetUnixSeconds.ToString(CultureInfo.InvariantCulture);

        if (!decision.Allowed)
        {
            Log.RequestRateLimited(logger, context.Request.Method, context.Request.Path, decision.RetryAfterSeconds);
            headers.RetryAfter = decision.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            var failure = ApiFailure.RateLimited(
                $"Rate limit of {decision.Limit} requests per {RateLimiter.Window.TotalSeconds} seconds exceeded. Retry after {decision.RetryAfterSeconds} seconds.");
            await ApiResponses.Error(failure).ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    // The key is a SHA-256 hash, so that the limiter's table stores no token.
    private static string KeyFor(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        return authorization.Length == 0
            ? "anonymous"
            : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(authorization)));
    }
}
