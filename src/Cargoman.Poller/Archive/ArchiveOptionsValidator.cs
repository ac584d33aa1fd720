using Cargoman.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace Cargoman.Poller.Archive;

internal sealed class ArchiveOptionsValidator : IValidateOptions<ArchiveOptions>
{
    public ValidateOptionsResult Validate(string? name, ArchiveOptions options)
    {
        var result = new SettingsValidationResult();

        if (options.Retention is { } retention && retention < TimeSpan.FromDays(1))
        {
            result.Add("Archive:Retention", $"is {retention}; it must be at least 1.00:00:00 (format d.hh:mm:ss), or empty to keep every event.");
        }

        if (options.PruneInterval < TimeSpan.FromMinutes(1) || options.PruneInterval > TimeSpan.FromDays(1))
        {
            result.Add("Archive:PruneInterval", $"is {options.PruneInterval}; it must be from 00:01:00 to 1.00:00:00.");
        }

        return result.ToResult();
    }
}
