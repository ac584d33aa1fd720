using Cargoman.Contracts;
using Stripe;

namespace Cargoman.Poller.Polling;

/// <summary>
/// Lists Stripe events of the handled types through Stripe.net.
/// </summary>
internal sealed class StripeEventSource(IStripeClient stripeClient)
{
    private readonly EventService _events = new(stripeClient);

    /// <summary>
    /// Lists every event created from <paramref name="from"/> up to <paramref name="to"/> (inclusive; open when null), newest first, as Stripe orders them.
    /// </summary>
    public async Task<List<ListedEvent>> ListAsync(DateTimeOffset from, DateTimeOffset? to, int pageSize, CancellationToken cancellationToken)
    {
        var options = new EventListOptions
        {
            Types = [.. StripeEventTypes.All],
            Created = new DateRangeOptions
            {
                GreaterThanOrEqual = from.UtcDateTime,
                LessThanOrEqual = to?.UtcDateTime,
            },
            Limit = pageSize,
        };

        var result = new List<ListedEvent>();
        await foreach (var stripeEvent in _events.ListAutoPagingAsync(options, cancellationToken: cancellationToken))
        {
            result.Add(new ListedEvent(stripeEvent.Id, stripeEvent.Type, new DateTimeOffset(stripeEvent.Created, TimeSpan.Zero), ReadRawJson(stripeEvent)));
        }

        return result;
    }

    private static string ReadRawJson(Event stripeEvent)
    {
        return stripeEvent.RawJsonElement?.GetRawText()
            ?? throw new InvalidOperationException($"Stripe.net kept no raw JSON for event {stripeEvent.Id}.");
    }
}
