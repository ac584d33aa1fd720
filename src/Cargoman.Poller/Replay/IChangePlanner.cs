using Cargoman.Poller.Translation;

namespace Cargoman.Poller.Replay;

/// <summary>
/// Computes the Cargoman change that the consumers would make for an event, without making it.
/// </summary>
internal interface IChangePlanner
{
    Task<string> PlanAsync(StripeEventTranslation translation, CancellationToken cancellationToken);
}
