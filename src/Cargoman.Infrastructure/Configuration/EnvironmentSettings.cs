using Microsoft.Extensions.Configuration;

namespace Cargoman.Infrastructure.Configuration;

/// <summary>
/// The environment variables that Cargoman.Sync documents, and the configuration keys they set.
/// </summary>
/// <remarks>
/// Every other setting uses .NET's standard form, <c>Section__Key</c>. The short names exist because
/// they are what container platforms and Stripe's own guides use.
/// </remarks>
public static class EnvironmentSettings
{
    private static readonly Dictionary<string, string> s_keysByVariable = new(StringComparer.Ordinal)
    {
        ["STRIPE_API_KEY"] = "Stripe:ApiKey",
        ["STRIPE_API_BASE"] = "Stripe:ApiBase",
        ["STRIPE_ACCOUNT"] = "Stripe:Account",
        ["STRIPE_WEBHOOK_SECRET"] = "Stripe:WebhookSecret",
        ["STRIPE_PRICE_MAPPING"] = "Sync:PriceMapping",
        ["STRIPE_START_AT"] = "Poller:StartAt",
        ["CARGOMAN_URL"] = "Cargoman:Url",
        ["CARGOMAN_ADMIN_TOKEN"] = "Cargoman:AdminToken",
        ["RABBITMQ_URL"] = "RabbitMq:Url",
        ["DATABASE_URL"] = "Database:Url",
    };

    private static readonly Dictionary<string, string> s_variablesByKey =
        s_keysByVariable.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Adds the documented environment variables as configuration keys. Added last, so they win
    /// over appsettings.json and over <c>Section__Key</c> variables.
    /// </summary>
    public static IConfigurationBuilder AddCargomanEnvironment(this IConfigurationBuilder builder)
    {
        return builder.AddCargomanEnvironment(Environment.GetEnvironmentVariable);
    }

    internal static IConfigurationBuilder AddCargomanEnvironment(
        this IConfigurationBuilder builder,
        Func<string, string?> readVariable)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (variable, key) in s_keysByVariable)
        {
            var value = readVariable(variable);
            if (!string.IsNullOrEmpty(value))
            {
                values[key] = value;
            }
        }

        return builder.AddInMemoryCollection(values);
    }

    /// <summary>
    /// Names a setting the way an operator sets it, such as <c>STRIPE_API_KEY (Stripe__ApiKey)</c>.
    /// </summary>
    public static string Describe(string key)
    {
        var standardName = key.Replace(":", "__", StringComparison.Ordinal);
        return s_variablesByKey.TryGetValue(key, out var variable)
            ? $"{variable} ({standardName})"
            : standardName;
    }
}
