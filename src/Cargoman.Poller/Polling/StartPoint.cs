using System.Globalization;

namespace Cargoman.Poller.Polling;

/// <summary>
/// Resolves the <c>Poller:StartAt</c> setting into the time a first start begins at.
/// </summary>
internal static class StartPoint
{
    /// <summary>How long Stripe keeps events; older ones can no longer be listed.</summary>
    public static readonly TimeSpan StripeRetention = TimeSpan.FromDays(30);

    /// <exception cref="FormatException">The value is neither <c>now</c> nor a time within Stripe's retention.</exception>
    public static DateTimeOffset Resolve(string value, DateTimeOffset now)
    {
        if (string.Equals(value.Trim(), "now", StringComparison.OrdinalIgnoreCase))
        {
            return now;
        }

        // A date alone means midnight UTC; a time without an offset is UTC as well.
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            throw new FormatException($"is '{value}', which is neither 'now' nor an ISO 8601 time such as 2026-11-20T08:00:00Z.");
        }

        if (time > now)
        {
            throw new FormatException($"is {time:yyyy-MM-ddTHH:mm:ssZ}, which is in the future.");
        }

        if (time < now - StripeRetention)
        {
            throw new FormatException($"is {time:yyyy-MM-ddTHH:mm:ssZ}, more than 30 days ago: Stripe keeps events for 30 days, so start at {now - StripeRetention:yyyy-MM-ddTHH:mm:ssZ} or later (an hour later leaves a margin for a slow start).");
        }

        return time;
    }
}
