using Cargoman.Consumers.Consumers;
using Cargoman.Consumers.Mapping;
using Cargoman.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace Cargoman.Consumers.Sync;

internal sealed class SyncOptionsValidator : IValidateOptions<SyncOptions>
{
    public ValidateOptionsResult Validate(string? name, SyncOptions options)
    {
        var result = new SettingsValidationResult();

        if (string.IsNullOrWhiteSpace(options.PriceMapping))
        {
            result.Add("Sync:PriceMapping", "is missing: set it to a JSON object from Stripe price id to packages, such as {\"price_basic\": [\"vendor/core\"]}.");
        }
        else
        {
            try
            {
                _ = PriceMapping.Parse(options.PriceMapping);
            }
            catch (FormatException exception)
            {
                result.Add("Sync:PriceMapping", exception.Message.TrimEnd('.') + ".");
            }
        }

        if (!Enum.IsDefined(options.OnSubscriptionEnded))
        {
            result.Add("Sync:OnSubscriptionEnded", $"is '{options.OnSubscriptionEnded}'; it must be Freeze or Expire.");
        }

        if (options.StateCacheTtl < TimeSpan.Zero || options.StateCacheTtl > TimeSpan.FromDays(30))
        {
            result.Add("Sync:StateCacheTtl", $"is {options.StateCacheTtl}; it must be from 00:00:00 to 30.00:00:00.");
        }

        if (options.ConcurrentMessageLimit is < 1 or > 256)
        {
            result.Add("Sync:ConcurrentMessageLimit", $"is {options.ConcurrentMessageLimit}; it must be from 1 to 256.");
        }

        ValidateRetryIntervals(options.RetryIntervals, result);
        return result.ToResult();
    }

    private static void ValidateRetryIntervals(string value, SettingsValidationResult result)
    {
        TimeSpan[] intervals;
        try
        {
            intervals = RetrySchedule.Parse(value);
        }
        catch (FormatException exception)
        {
            result.Add("Sync:RetryIntervals", exception.Message);
            return;
        }

        if (intervals.Any(wait => wait <= TimeSpan.Zero || wait > TimeSpan.FromMinutes(5)))
        {
            result.Add("Sync:RetryIntervals", $"is '{value}'; each wait must be more than 00:00:00 and at most 00:05:00.");
        }

        // The message stays unacknowledged while it is retried, and RabbitMQ closes the channel after its
        // delivery acknowledgement timeout, 30 minutes by default.
        var total = intervals.Aggregate(TimeSpan.Zero, (sum, wait) => sum + wait);
        if (total > TimeSpan.FromMinutes(25))
        {
            result.Add("Sync:RetryIntervals", $"waits {total} in all; keep the sum at most 00:25:00, under RabbitMQ's 30-minute delivery acknowledgement timeout.");
        }
    }
}
