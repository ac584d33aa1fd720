using CargomanStandIn.Api;
using CargomanStandIn.Control;
using CargomanStandIn.Pipeline;

namespace CargomanStandIn;

/// <summary>
/// Sets up the request pipeline and maps the /api/v1 and /_standin endpoints.
/// </summary>
internal static class StandInApplicationExtensions
{
    public static WebApplication UseCargomanStandIn(this WebApplication app)
    {
        // The recorder comes first, so that it logs every /api call with its final status. The rate limiter
        // counts a call before an injected fault or the token check can reject it, so that the
        // X-RateLimit-* headers are on every /api response.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api =>
        {
            api.UseMiddleware<CallRecorderMiddleware>();
            api.UseMiddleware<RateLimitMiddleware>();
            api.UseMiddleware<FaultMiddleware>();
            api.UseMiddleware<AuthMiddleware>();
        });

        app.MapGroup("/api/v1")
            .MapCustomerEndpoints()
            .MapCustomerStatusEndpoints()
            .MapGrantEndpoints()
            .MapPackageEndpoints();

        app.MapFallback("/api/{**path}", (HttpRequest request) =>
            ApiResponses.Error(ApiFailure.NotFound($"No endpoint matches {request.Method} {request.Path}.")));

        app.MapControlEndpoints();
        app.Lifetime.ApplicationStarted.Register(() => LogListening(app));
        return app;
    }

    private static void LogListening(WebApplication app)
    {
        var options = app.Services.GetRequiredService<StandInOptions>();
        var catalogue = app.Services.GetRequiredService<Packages.Catalogue>();
        foreach (var url in app.Urls)
        {
            Log.Listening(app.Logger, url, options.ResponseShape, options.RateLimit, catalogue.Source, catalogue.Count);
        }
    }
}
