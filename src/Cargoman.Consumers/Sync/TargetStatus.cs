namespace Cargoman.Consumers.Sync;

/// <summary>
/// The Cargoman status a customer should have.
/// </summary>
internal enum TargetStatus
{
    /// <summary>No subscription gives or ever gave access: leave Cargoman alone.</summary>
    None,
    Active,
    Suspended,
    Frozen,
    Expired,
}
