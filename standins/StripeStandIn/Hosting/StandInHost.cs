using StripeStandIn.Fixtures;
using StripeStandIn.Rendering;
using StripeStandIn.Scenarios;
using StripeStandIn.State;

namespace StripeStandIn.Hosting;

internal static class StandInHost
{
    /// <summary>
    /// Loads and renders the scenario, then builds the web application. Time zero counts from the call,
    /// which is the process start to within the time taken to load the runtime.
    /// </summary>
    /// <exception cref="ScenarioException">The scenario file cannot be read or rendered.</exception>
    public static WebApplication Build(StandInOptions options)
    {
        var clock = new ScenarioClock(TimeProvider.System, options.StartDelay);
        var scenario = ScenarioLoader.Load(options.ScenarioPath);
        var rendered = new ScenarioRenderer(FixtureTemplates.LoadEmbedded(), clock).Render(scenario);

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Url);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.UseUtcTimestamp = true;
            console.TimestampFormat = "HH:mm:ss.fff ";
        });

        // The stand-in logs one start-up line of its own, so ASP.NET Core's lines, which repeat the address, are left out.
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Services.AddStripeStandIn(clock, rendered, options.Webhook);

        var app = builder.Build();
        app.UseStripeStandIn();
        app.Lifetime.ApplicationStarted.Register(() =>
            app.Logger.Listening(
                app.Urls.FirstOrDefault() ?? options.Url,
                rendered.Events.Count,
                rendered.Objects.CountOfKind(ObjectKind.Customer),
                options.ScenarioPath));
        if (options.Webhook is not null)
        {
            app.Lifetime.ApplicationStarted.Register(() => app.Logger.WebhooksEnabled(options.Webhook.Url.ToString()));
        }

        return app;
    }
}
