namespace Cargoman.Consumers.Cargoman;

/// <summary>
/// Cargoman's customer statuses, as its API spells them.
/// </summary>
internal static class CustomerStatus
{
    public const string Active = "active";
    public const string Suspended = "suspended";
    public const string Frozen = "frozen";
    public const string Expired = "expired";
}
