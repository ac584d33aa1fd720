namespace CargomanStandIn.Customers;

/// <summary>
/// Cargoman customer statuses, serialized in lower case.
/// </summary>
internal enum CustomerStatus
{
    /// <summary>Every granted package within its constraint.</summary>
    Active,

    /// <summary>Temporarily blocked, for example after a failed payment. No package access.</summary>
    Suspended,

    /// <summary>Locked to the frozen versions. No newer releases.</summary>
    Frozen,

    /// <summary>Ended for good. No package access.</summary>
    Expired,
}
