using System.Security.Cryptography;
using System.Text;

namespace StripeStandIn.Rendering;

/// <summary>
/// Stripe-style object ids: a prefix such as <c>evt_</c> followed by alphanumerics.
/// </summary>
internal static class StripeIds
{
    private const string Alphanumerics = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>
    /// Derives an id from a seed, so that every run of the same scenario gives the same ids.
    /// </summary>
    /// <param name="length">Number of characters after the prefix, at most 32.</param>
    public static string Derive(string prefix, string seed, int length = 24)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, SHA256.HashSizeInBytes);

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        var characters = new char[length];
        for (var i = 0; i < length; i++)
        {
            characters[i] = Alphanumerics[hash[i] % Alphanumerics.Length];
        }

        return prefix + new string(characters);
    }

    /// <summary>Creates a random request id such as <c>req_8CVrfIZnGCeg2a</c>, as sent in the <c>Request-Id</c> header.</summary>
    public static string NewRequestId() => "req_" + RandomNumberGenerator.GetString(Alphanumerics, 14);
}
