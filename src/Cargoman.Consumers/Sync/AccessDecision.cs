using Cargoman.Consumers.Cargoman;

namespace Cargoman.Consumers.Sync;

/// <summary>
/// What a customer's Cargoman state should be, derived from its Stripe subscriptions.
/// </summary>
/// <param name="Grants">The packages of every live subscription, sorted by package. For Frozen and Expired, those of the canceled subscriptions, which only a customer missing from Cargoman receives.</param>
/// <param name="SuspendReason">The reason sent with a suspension; set only for Suspended.</param>
/// <param name="UnmappedPrices">Prices of live subscriptions that the price mapping does not name.</param>
/// <param name="Reason">A short explanation for logs, naming the subscriptions that decided.</param>
internal sealed record AccessDecision(
    TargetStatus Status,
    IReadOnlyList<PackageGrant> Grants,
    string? SuspendReason,
    IReadOnlyList<string> UnmappedPrices,
    string Reason);
