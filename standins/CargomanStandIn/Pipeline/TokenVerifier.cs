using System.Security.Cryptography;
using System.Text;

namespace CargomanStandIn.Pipeline;

/// <summary>
/// Matches the Authorization header against the admin and viewer tokens. Both sides are hashed with
/// SHA-256 first, so that the constant-time comparison never depends on the length of either secret.
/// </summary>
internal sealed class TokenVerifier(StandInOptions options)
{
    private const string BearerPrefix = "Bearer ";

    private readonly byte[] _adminHash = Hash(options.AdminToken);
    private readonly byte[]? _viewerHash = options.ViewerToken is null ? null : Hash(options.ViewerToken);

    public CallerRole Identify(string? authorizationHeader)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return CallerRole.Missing;
        }

        if (!authorizationHeader.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return CallerRole.Invalid;
        }

        var presented = Hash(authorizationHeader[BearerPrefix.Length..].Trim());
        if (CryptographicOperations.FixedTimeEquals(presented, _adminHash))
        {
            return CallerRole.Admin;
        }

        return _viewerHash is not null && CryptographicOperations.FixedTimeEquals(presented, _viewerHash)
            ? CallerRole.Viewer
            : CallerRole.Invalid;
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
