namespace CargomanStandIn.Pipeline;

/// <summary>
/// Who sent a request, as decided by the bearer token. Serialized in lower case.
/// </summary>
internal enum CallerRole
{
    /// <summary>No Authorization header, or an empty one.</summary>
    Missing,

    /// <summary>A header that is not <c>Bearer</c> with a configured token.</summary>
    Invalid,

    /// <summary>The viewer token: reads only.</summary>
    Viewer,

    /// <summary>The admin token: full access.</summary>
    Admin,
}
