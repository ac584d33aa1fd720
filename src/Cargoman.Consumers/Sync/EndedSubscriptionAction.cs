namespace Cargoman.Consumers.Sync;

internal enum EndedSubscriptionAction
{
    /// <summary>Freeze the customer to the newest version of each granted package that its constraint allows.</summary>
    Freeze,

    /// <summary>Expire the customer: no package access at all.</summary>
    Expire,
}
