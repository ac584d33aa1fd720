using StripeStandIn.Control;
using StripeStandIn.Rendering;
using StripeStandIn.State;
using StripeStandIn.Webhooks;

namespace StripeStandIn.Hosting;

internal static class StandInServiceCollectionExtensions
{
    /// <summary>
    /// Registers the rendered scenario, its clock, the control state (faults, recorded requests) and, when
    /// <paramref name="webhook"/> is set, the webhook sender.
    /// </summary>
    public static IServiceCollection AddStripeStandIn(
        this IServiceCollection services, ScenarioClock clock, RenderedScenario rendered, WebhookTarget? webhook)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(clock);
        services.AddSingleton(rendered.Events);
        services.AddSingleton(rendered.Objects);
        services.AddSingleton<FaultInjector>();
        services.AddSingleton<RequestRecorder>();
        services.AddSingleton<WebhookDeliveryLog>();
        if (webhook is not null)
        {
            services.AddSingleton(webhook);
            services.AddHostedService<WebhookSender>();
        }

        return services;
    }
}
