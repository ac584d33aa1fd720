namespace Cargoman.Poller.Webhooks;

/// <summary>
/// The result of checking a <c>Stripe-Signature</c> header against a request body.
/// </summary>
internal enum SignatureCheck
{
    /// <summary>A v1 signature matches a configured secret and the timestamp is within the tolerance.</summary>
    Valid,

    /// <summary>The request has no <c>Stripe-Signature</c> header.</summary>
    Missing,

    /// <summary>The header has no integer timestamp <c>t</c> or no <c>v1</c> signature.</summary>
    Malformed,

    /// <summary>No <c>v1</c> signature matches the body signed with any configured secret.</summary>
    NoMatch,

    /// <summary>A signature matches, but its timestamp is further from the local clock than the tolerance allows.</summary>
    OutsideTolerance,
}
