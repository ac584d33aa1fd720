using System.Text;
using System.Text.RegularExpressions;

namespace StripeStandIn.Api;

/// <summary>
/// Checks the API key of a request. Any key shaped like a Stripe secret or restricted key (<c>sk_</c> or <c>rk_</c>,
/// test or live) is accepted.
/// </summary>
internal static partial class ApiKeys
{
    /// <summary>
    /// Returns the error for a request without an acceptable key, or null when the key is acceptable.
    /// Stripe takes the key as a Bearer token or as the user name of Basic authentication.
    /// </summary>
    public static StripeError? Check(string? authorization)
    {
        var key = ReadKey(authorization);
        if (string.IsNullOrEmpty(key))
        {
            return new StripeError(
                StatusCodes.Status401Unauthorized,
                "invalid_request_error",
                "You did not provide an API key. You need to provide your API key in the Authorization header, "
                + "using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').");
        }

        return AcceptedKeyPattern().IsMatch(key)
            ? null
            : new StripeError(StatusCodes.Status401Unauthorized, "invalid_request_error", $"Invalid API Key provided: {Mask(key)}");
    }

    /// <summary>
    /// Masks a key for messages and logs. The mode prefix (<c>sk_test_</c>) and the last four characters stay and
    /// the rest becomes asterisks, or all of the rest when it has eight characters or fewer.
    /// </summary>
    public static string Mask(string key)
    {
        var prefix = ModePrefixPattern().Match(key).Value;
        var rest = key[prefix.Length..];
        return rest.Length <= 8
            ? prefix + new string('*', rest.Length)
            : prefix + new string('*', rest.Length - 4) + rest[^4..];
    }

    private static string? ReadKey(string? authorization)
    {
        if (string.IsNullOrEmpty(authorization))
        {
            return null;
        }

        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }

        if (!authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var credentials = Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..].Trim()));
            var colon = credentials.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? credentials : credentials[..colon];
        }
        catch (FormatException)
        {
            return null;
        }
    }

    [GeneratedRegex("^[sr]k_(test|live)_[A-Za-z0-9_]+$")]
    private static partial Regex AcceptedKeyPattern();

    [GeneratedRegex("^[a-z]{2,4}_(test|live)_")]
    private static partial Regex ModePrefixPattern();
}
