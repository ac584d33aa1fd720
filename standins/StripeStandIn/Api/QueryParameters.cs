using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace StripeStandIn.Api;

/// <summary>
/// Reads Stripe's form-encoded query parameters, including arrays (<c>types[]=a</c> or <c>types[0]=a</c>,
/// as Stripe.net sends them) and hashes (<c>created[gte]=1</c>).
/// </summary>
internal static partial class QueryParameters
{
    /// <summary>
    /// Returns the error for the first parameter that is neither in <paramref name="supported"/> nor an element of a
    /// supported array (<c>expand[0]</c> for <c>expand[]</c>), or null when all are supported.
    /// </summary>
    public static StripeError? CheckSupported(IQueryCollection query, IReadOnlyCollection<string> supported)
    {
        foreach (var key in query.Keys)
        {
            var arrayMatch = ArrayElementPattern().Match(key);
            var name = arrayMatch.Success ? arrayMatch.Groups["name"].Value + "[]" : key;
            if (!arrayMatch.Success && supported.Contains(key + "[]"))
            {
                return StripeError.InvalidRequest($"Invalid array: send {key} as {key}[0]=value or {key}[]=value.", key);
            }

            if (!supported.Contains(name))
            {
                return StripeError.InvalidRequest(
                    $"Received unknown parameter: {key}. The Stripe stand-in supports: {string.Join(", ", supported)}.", key);
            }
        }

        return null;
    }

    /// <summary>Returns the parameter's last value, or null when it is absent or empty.</summary>
    public static string? GetSingle(IQueryCollection query, string key)
    {
        var value = query[key].LastOrDefault();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>Returns the values of an array parameter sent as <c>name[]</c> or <c>name[N]</c>, ordered by index.</summary>
    public static IReadOnlyList<string> GetArray(IQueryCollection query, string name)
    {
        return query
            .Select(pair => (Match: ArrayElementPattern().Match(pair.Key), pair.Value))
            .Where(entry => entry.Match.Success && entry.Match.Groups["name"].Value == name)
            .OrderBy(entry => entry.Match.Groups["index"].Success
                ? int.Parse(entry.Match.Groups["index"].Value, CultureInfo.InvariantCulture)
                : int.MaxValue)
            .SelectMany(entry => entry.Value)
            .OfType<string>()
            .Where(value => value.Length > 0)
            .ToList();
    }

    /// <summary>Parses an integer parameter, or returns false with Stripe's <c>Invalid integer</c> error.</summary>
    public static bool TryParseInteger(
        string key, string value, out long number, [NotNullWhen(false)] out StripeError? error)
    {
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            error = null;
            return true;
        }

        error = StripeError.InvalidRequest($"Invalid integer: {value}", key);
        return false;
    }

    [GeneratedRegex(@"^(?<name>[a-z_]+)\[(?<index>\d{1,9})?\]$")]
    private static partial Regex ArrayElementPattern();
}
