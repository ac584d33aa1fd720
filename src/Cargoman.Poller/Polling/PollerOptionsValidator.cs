using Cargoman.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace Cargoman.Poller.Polling;

internal sealed class PollerOptionsValidator(TimeProvider timeProvider) : IValidateOptions<PollerOptions>
{
    public ValidateOptionsResult Validate(string? name, PollerOptions options)
    {
        var result = new SettingsValidationResult();

        try
        {
            _ = StartPoint.Resolve(options.StartAt, timeProvider.GetUtcNow());
        }
        catch (FormatException exception)
        {
            result.Add("Poller:StartAt", exception.Message);
        }

        CheckRange(result, "Poller:Interval", options.Interval, TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(1));
        CheckRange(result, "Poller:Overlap", options.Overlap, TimeSpan.Zero, TimeSpan.FromDays(1));
        CheckRange(result, "Poller:MaxWindow", options.MaxWindow, TimeSpan.FromMinutes(1), TimeSpan.FromDays(30));
        CheckRange(result, "Poller:MaxBackoff", options.MaxBackoff, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));

        if (options.PageSize is < 1 or > 100)
        {
            result.Add("Poller:PageSize", $"is {options.PageSize}; Stripe accepts 1 to 100.");
        }

        return result.ToResult();
    }

    private static void CheckRange(SettingsValidationResult result, string key, TimeSpan value, TimeSpan minimum, TimeSpan maximum)
    {
        if (value < minimum || value > maximum)
        {
            result.Add(key, $"is {value}; it must be from {minimum} to {maximum} (format hh:mm:ss).");
        }
    }
}
