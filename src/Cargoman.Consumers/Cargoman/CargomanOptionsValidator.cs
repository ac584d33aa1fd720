using Cargoman.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace Cargoman.Consumers.Cargoman;

internal sealed class CargomanOptionsValidator : IValidateOptions<CargomanOptions>
{
    public ValidateOptionsResult Validate(string? name, CargomanOptions options)
    {
        var result = new SettingsValidationResult();

        if (string.IsNullOrWhiteSpace(options.Url))
        {
            result.Add("Cargoman:Url", "is missing: set it to the API's base URL, such as https://packages.example.com/api/v1.");
        }
        else if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            result.Add("Cargoman:Url", $"is '{options.Url}', which is not an absolute http or https URL such as https://packages.example.com/api/v1.");
        }
        else if (!url.AbsolutePath.TrimEnd('/').EndsWith("/api/v1", StringComparison.Ordinal))
        {
            result.Add("Cargoman:Url", $"is '{options.Url}', which does not end in /api/v1: give the API's base URL, such as https://packages.example.com/api/v1.");
        }

        if (string.IsNullOrWhiteSpace(options.AdminToken))
        {
            result.Add("Cargoman:AdminToken", "is missing: set it to the server's ADMIN_TOKEN or a CMA token (cma_...) at level admin or owner.");
        }

        if (options.RequestsPerMinute is < 1 or > 1_000_000)
        {
            result.Add("Cargoman:RequestsPerMinute", $"is {options.RequestsPerMinute}; it must be from 1 to 1000000.");
        }

        if (options.AttemptTimeout < TimeSpan.FromSeconds(1) || options.AttemptTimeout > TimeSpan.FromMinutes(5))
        {
            result.Add("Cargoman:AttemptTimeout", $"is {options.AttemptTimeout}; it must be from 00:00:01 to 00:05:00.");
        }

        return result.ToResult();
    }
}
