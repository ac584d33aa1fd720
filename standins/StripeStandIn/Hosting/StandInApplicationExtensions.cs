using StripeStandIn.Api;
using StripeStandIn.Control;

namespace StripeStandIn.Hosting;

internal static class StandInApplicationExtensions
{
    /// <summary>
    /// Adds the Stripe API middleware and every endpoint. Any other URL returns Stripe's 404 error body.
    /// </summary>
    public static WebApplication UseStripeStandIn(this WebApplication app)
    {
        app.UseMiddleware<StripeApiMiddleware>();

        app.MapEventEndpoints();
        app.MapObjectEndpoints();
        app.MapSubscriptionListEndpoint();
        app.MapControlEndpoints();
        app.MapFallback("{**path}", (HttpRequest request) =>
            StripeError.UnrecognizedUrl(request.Method, request.Path).ToResult());
        return app;
    }
}
