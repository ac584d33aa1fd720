using StripeStandIn.Control;
using StripeStandIn.Rendering;
using StripeStandIn.State;

namespace StripeStandIn.Hosting;

internal static class StandInServiceCollectionExtensions
{
    /// <summary>Registers the rendered scenario, its clock and the control state (faults, recorded requests).</summary>
    public static IServiceCollection AddStripeStandIn(
        this IServiceCollection services, ScenarioClock clock, RenderedScenario rendered)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(clock);
        services.AddSingleton(rendered.Events);
        services.AddSingleton(rendered.Objects);
        services.AddSingleton<FaultInjector>();
        services.AddSingleton<RequestRecorder>();
        return services;
    }
}
