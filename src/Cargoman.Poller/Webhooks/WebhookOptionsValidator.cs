using System.Net;
using Cargoman.Infrastructure.Configuration;
using Cargoman.Infrastructure.Stripe;
using Cargoman.Poller.Polling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Cargoman.Poller.Webhooks;

/// <remarks>
/// The signing secrets belong to the <c>Stripe</c> section, whose own validator checks their form. This one reads
/// them from the configuration, instead of through <see cref="IOptions{StripeOptions}"/>, so that an invalid Stripe
/// setting is reported once, by its own check.
/// </remarks>
internal sealed class WebhookOptionsValidator(IConfiguration configuration) : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        var result = new SettingsValidationResult();
        // A malformed Poller:Enabled is reported by the poller's own check; it counts as on here.
        var pollerEnabled = !bool.TryParse(configuration[$"{PollerOptions.SectionName}:{nameof(PollerOptions.Enabled)}"], out var enabled) || enabled;
        if (!options.Enabled)
        {
            if (!pollerEnabled)
            {
                result.Add("Webhook:Enabled", "is false and so is Poller__Enabled: turn on the webhook, the poller or both, or the process has nothing to do.");
            }

            return result.ToResult();
        }

        var secrets = new StripeOptions { WebhookSecret = configuration[$"{StripeOptions.SectionName}:WebhookSecret"] }.WebhookSecrets;
        if (secrets.Count == 0)
        {
            result.Add("Stripe:WebhookSecret", "is missing, but Webhook__Enabled is true: set it to the endpoint's signing secret (whsec_...), from Stripe's dashboard or from the output of 'stripe listen'.");
        }

        if (options.BindAddress != WebhookOptions.AnyAddress && !IPAddress.TryParse(options.BindAddress, out _))
        {
            result.Add("Webhook:BindAddress", $"is '{options.BindAddress}', which is neither * (every interface) nor an IP address such as 127.0.0.1.");
        }

        if (options.Port is < 0 or > 65_535)
        {
            result.Add("Webhook:Port", $"is {options.Port}; it must be from 1 to 65535, or 0 for a free port.");
        }

        if (!options.Path.StartsWith('/') || options.Path.Contains('?', StringComparison.Ordinal) || options.Path.Contains('#', StringComparison.Ordinal) || options.Path.Contains("//", StringComparison.Ordinal))
        {
            result.Add("Webhook:Path", $"is '{options.Path}'; it must be a URL path that starts with / and has no query, such as /api/webhooks/stripe.");
        }

        if (options.Tolerance < TimeSpan.FromSeconds(1) || options.Tolerance > TimeSpan.FromHours(1))
        {
            result.Add("Webhook:Tolerance", $"is {options.Tolerance}; it must be from 00:00:01 to 01:00:00 (format hh:mm:ss).");
        }

        if (options.MaxBodyBytes is < 1024 or > 64 * 1024 * 1024)
        {
            result.Add("Webhook:MaxBodyBytes", $"is {options.MaxBodyBytes}; it must be from 1024 to 67108864 (64 MiB).");
        }

        if (options.PublishTimeout < TimeSpan.FromMilliseconds(100) || options.PublishTimeout > TimeSpan.FromMinutes(1))
        {
            result.Add("Webhook:PublishTimeout", $"is {options.PublishTimeout}; it must be from 00:00:00.1 to 00:01:00 (format hh:mm:ss).");
        }

        return result.ToResult();
    }
}
