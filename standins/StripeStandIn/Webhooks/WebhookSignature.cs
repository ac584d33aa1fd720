using System.Security.Cryptography;
using System.Text;

namespace StripeStandIn.Webhooks;

/// <summary>
/// Builds the <c>Stripe-Signature</c> header as Stripe does: <c>t=UNIX_SECONDS,v1=HEX</c>, where the <c>v1</c> value is
/// the hex HMAC-SHA256 of <c>"{t}.{body}"</c> keyed with the endpoint secret.
/// </summary>
internal static class WebhookSignature
{
    public const string HeaderName = "Stripe-Signature";

    public static string CreateHeader(byte[] body, string secret, DateTimeOffset signedAt)
    {
        var timestamp = signedAt.ToUnixTimeSeconds();
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.UTF8.GetBytes($"{timestamp}."));
        hmac.AppendData(body);
        return $"t={timestamp},v1={Convert.ToHexStringLower(hmac.GetHashAndReset())}";
    }
}
