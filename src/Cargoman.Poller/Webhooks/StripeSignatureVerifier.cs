using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Cargoman.Infrastructure.Stripe;
using Microsoft.Extensions.Options;

namespace Cargoman.Poller.Webhooks;

/// <summary>
/// Checks Stripe's webhook signatures on the raw request body.
/// </summary>
/// <remarks>
/// Stripe sends <c>Stripe-Signature: t=TIMESTAMP,v1=HEX[,v1=HEX...]</c>, where each <c>v1</c> is the hex HMAC-SHA256 of
/// <c>"{t}.{body}"</c> keyed with an endpoint secret (the whole <c>whsec_...</c> string). Several <c>v1</c> entries can
/// appear, for example while an endpoint's secret is rolled. Other schemes, such as the test-mode <c>v0</c>, are ignored.
/// The event's <c>api_version</c> plays no part, unlike Stripe.net's <c>EventUtility.ConstructEvent</c> by default.
/// </remarks>
internal sealed class StripeSignatureVerifier(
    IOptions<StripeOptions> stripeOptions,
    IOptions<WebhookOptions> webhookOptions,
    TimeProvider timeProvider)
{
    /// <summary>The header that carries the timestamp and the signatures.</summary>
    public const string HeaderName = "Stripe-Signature";

    // The SHA-256 length: shorter or longer v1 values cannot match and are skipped before comparing.
    private const int SignatureBytes = 32;

    // The largest Unix time that DateTimeOffset can represent: 9999-12-31T23:59:59Z.
    private const long MaxUnixSeconds = 253_402_300_799;

    private readonly byte[][] _keys = [.. stripeOptions.Value.WebhookSecrets.Select(Encoding.UTF8.GetBytes)];
    private readonly TimeSpan _tolerance = webhookOptions.Value.Tolerance;

    public SignatureCheck Verify(ReadOnlySpan<byte> body, string? header) =>
        Verify(body, header, _keys, _tolerance, timeProvider.GetUtcNow());

    /// <summary>
    /// Checks <paramref name="header"/> against <paramref name="body"/> for any of <paramref name="keys"/>, the UTF-8 bytes of the secrets.
    /// </summary>
    public static SignatureCheck Verify(ReadOnlySpan<byte> body, string? header, IReadOnlyList<byte[]> keys, TimeSpan tolerance, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return SignatureCheck.Missing;
        }

        if (!TryParseHeader(header, out var timestamp, out var unixSeconds, out var signatures))
        {
            return SignatureCheck.Malformed;
        }

        if (!MatchesAny(body, timestamp, keys, signatures))
        {
            return SignatureCheck.NoMatch;
        }

        // Checked after the signature, so that this response goes only to a request that a secret holder signed.
        var skew = Math.Abs(now.ToUnixTimeSeconds() - unixSeconds);
        return skew > tolerance.TotalSeconds ? SignatureCheck.OutsideTolerance : SignatureCheck.Valid;
    }

    private static bool TryParseHeader(string header, out string timestamp, out long unixSeconds, out List<byte[]> signatures)
    {
        timestamp = "";
        unixSeconds = 0;
        signatures = [];
        var hasV1 = false;

        foreach (var item in header.Split(',', StringSplitOptions.TrimEntries))
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var key = item[..equals];
            var value = item[(equals + 1)..];
            if (key == "t")
            {
                timestamp = value;
            }
            else if (key == "v1")
            {
                hasV1 = true;

                // A v1 that is not 64 hex digits cannot match; it still counts as present.
                if (value.Length == SignatureBytes * 2 && TryDecodeHex(value, out var signature))
                {
                    signatures.Add(signature);
                }
            }
        }

        var hasTimestamp = long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out unixSeconds)
            && unixSeconds <= MaxUnixSeconds;
        return hasTimestamp && hasV1;
    }

    private static bool MatchesAny(ReadOnlySpan<byte> body, string timestamp, IReadOnlyList<byte[]> keys, List<byte[]> signatures)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp + ".");
        var matched = false;
        foreach (var key in keys)
        {
            using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
            hmac.AppendData(prefix);
            hmac.AppendData(body);
            var expected = hmac.GetHashAndReset();

            // Every pair is compared, without stopping at the first match, so the time taken does not show which secret matched.
            foreach (var signature in signatures)
            {
                matched |= CryptographicOperations.FixedTimeEquals(expected, signature);
            }
        }

        return matched;
    }

    private static bool TryDecodeHex(string value, out byte[] bytes)
    {
        bytes = new byte[value.Length / 2];
        return Convert.FromHexString(value, bytes, out _, out var written) == OperationStatus.Done && written == bytes.Length;
    }
}
