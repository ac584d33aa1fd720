using Cargoman.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace Cargoman.Infrastructure.Stripe;

internal sealed class StripeOptionsValidator : IValidateOptions<StripeOptions>
{
    public ValidateOptionsResult Validate(string? name, StripeOptions options)
    {
        var result = new SettingsValidationResult();

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            result.Add("Stripe:ApiKey", "is missing: set it to a Stripe secret key (sk_...) or restricted key (rk_...).");
        }
        else if (!options.ApiKey.StartsWith("sk_", StringComparison.Ordinal) && !options.ApiKey.StartsWith("rk_", StringComparison.Ordinal))
        {
            result.Add("Stripe:ApiKey", "is not a Stripe secret or restricted key: it must start with sk_ or rk_ (publishable pk_ keys cannot read events).");
        }

        if (!Uri.TryCreate(options.ApiBase, UriKind.Absolute, out var apiBase)
            || (apiBase.Scheme != Uri.UriSchemeHttps && apiBase.Scheme != Uri.UriSchemeHttp))
        {
            result.Add("Stripe:ApiBase", $"is '{options.ApiBase}', which is not an absolute http or https URL such as https://api.stripe.com.");
        }

        if (!string.IsNullOrEmpty(options.Account) && !options.Account.StartsWith("acct_", StringComparison.Ordinal))
        {
            result.Add("Stripe:Account", $"is '{options.Account}', which is not a Stripe account id (acct_...).");
        }

        // The message gives an invalid entry's position, never its value.
        var secrets = options.WebhookSecrets;
        for (var i = 0; i < secrets.Count; i++)
        {
            if (!secrets[i].StartsWith("whsec_", StringComparison.Ordinal))
            {
                result.Add("Stripe:WebhookSecret", $"has an entry ({i + 1} of {secrets.Count}) that is not a webhook signing secret: each comma-separated entry must start with whsec_.");
            }
        }

        if (options.MaxNetworkRetries is < 0 or > 10)
        {
            result.Add("Stripe:MaxNetworkRetries", $"is {options.MaxNetworkRetries}; it must be from 0 to 10.");
        }

        return result.ToResult();
    }
}
