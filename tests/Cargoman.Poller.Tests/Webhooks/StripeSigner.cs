using System.Security.Cryptography;
using System.Text;

namespace Cargoman.Poller.Tests.Webhooks;

/// <summary>
/// Signs request bodies the way Stripe does, written apart from the product's verifier so that the tests check it.
/// </summary>
internal static class StripeSigner
{
    /// <summary>Returns the hex HMAC-SHA256 of "{timestamp}.{body}" keyed with the whole secret.</summary>
    public static string ComputeV1(byte[] body, string secret, long timestamp)
    {
        var signedPayload = Encoding.UTF8.GetBytes($"{timestamp}.").Concat(body).ToArray();
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signedPayload));
    }

    /// <summary>Returns a Stripe-Signature header value with one v1 signature.</summary>
    public static string Header(byte[] body, string secret, DateTimeOffset signedAt)
    {
        var timestamp = signedAt.ToUnixTimeSeconds();
        return $"t={timestamp},v1={ComputeV1(body, secret, timestamp)}";
    }
}
