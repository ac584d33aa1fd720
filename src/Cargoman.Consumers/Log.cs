using Microsoft.Extensions.Logging;

namespace Cargoman.Consumers;

internal static partial class Log
{
    [LoggerMessage(3001, LogLevel.Information, "Processed Stripe event {EventId} ({EventType}) for {StripeCustomerId}: {Outcome}")]
    public static partial void EventProcessed(ILogger logger, string eventId, string eventType, string stripeCustomerId, string outcome);

    [LoggerMessage(3002, LogLevel.Information, "Stripe event {EventId} ({EventType}) for {StripeCustomerId} was already processed; delivery acknowledged as a duplicate")]
    public static partial void EventDuplicate(ILogger logger, string eventId, string eventType, string stripeCustomerId);

    [LoggerMessage(3003, LogLevel.Information, "Ignored Stripe event {EventId} ({EventType}) for {StripeCustomerId}: {Reason}")]
    public static partial void EventIgnored(ILogger logger, string eventId, string eventType, string stripeCustomerId, string reason);

    [LoggerMessage(3004, LogLevel.Warning, "Dropped Stripe event {EventId} ({EventType}): {Reason}")]
    public static partial void EventFromOtherAccount(ILogger logger, string eventId, string eventType, string reason);

    [LoggerMessage(3010, LogLevel.Information, "Created Cargoman customer {CargomanId} for Stripe customer {StripeCustomerId}")]
    public static partial void CustomerCreated(ILogger logger, string stripeCustomerId, string cargomanId);

    [LoggerMessage(3011, LogLevel.Information, "Set the grants of Cargoman customer {CargomanId} (Stripe {StripeCustomerId}) to {Grants}")]
    public static partial void GrantsReplaced(ILogger logger, string stripeCustomerId, string cargomanId, string grants);

    [LoggerMessage(3012, LogLevel.Information, "Suspended Cargoman customer {CargomanId} (Stripe {StripeCustomerId}): {Reason}")]
    public static partial void CustomerSuspended(ILogger logger, string stripeCustomerId, string cargomanId, string reason);

    [LoggerMessage(3013, LogLevel.Information, "Reactivated Cargoman customer {CargomanId} (Stripe {StripeCustomerId}), which was {PreviousStatus}")]
    public static partial void CustomerReactivated(ILogger logger, string stripeCustomerId, string cargomanId, string previousStatus);

    [LoggerMessage(3014, LogLevel.Information, "Froze Cargoman customer {CargomanId} (Stripe {StripeCustomerId}) to {Versions}")]
    public static partial void CustomerFrozen(ILogger logger, string stripeCustomerId, string cargomanId, string versions);

    [LoggerMessage(3015, LogLevel.Information, "Expired Cargoman customer {CargomanId} (Stripe {StripeCustomerId})")]
    public static partial void CustomerExpired(ILogger logger, string stripeCustomerId, string cargomanId);

    [LoggerMessage(3016, LogLevel.Debug, "Stripe customer {StripeCustomerId} is not in Cargoman and gets no customer: {Reason}")]
    public static partial void NothingToCreate(ILogger logger, string stripeCustomerId, string reason);

    [LoggerMessage(3017, LogLevel.Warning, "Stripe customer {StripeCustomerId} has a live subscription but Stripe no longer has the customer; no Cargoman customer is created")]
    public static partial void StripeCustomerMissing(ILogger logger, string stripeCustomerId);

    [LoggerMessage(3018, LogLevel.Warning, "Stripe customer {StripeCustomerId} subscribes to price {PriceId}, which STRIPE_PRICE_MAPPING does not map; it grants no package")]
    public static partial void PriceUnmapped(ILogger logger, string stripeCustomerId, string priceId);

    [LoggerMessage(3019, LogLevel.Warning, "Remembered state of Cargoman customer {CargomanId} (Stripe {StripeCustomerId}) was stale ({Error}); reading it again")]
    public static partial void StateStale(ILogger logger, string stripeCustomerId, string cargomanId, string error);

    [LoggerMessage(3020, LogLevel.Warning, "Cannot freeze {Package} for Stripe customer {StripeCustomerId}: Cargoman does not know the package")]
    public static partial void FreezePackageUnknown(ILogger logger, string stripeCustomerId, string package);

    [LoggerMessage(3021, LogLevel.Warning, "Cannot freeze {Package} for Stripe customer {StripeCustomerId}: no released, non-yanked version matches {Constraint}")]
    public static partial void FreezeNoVersion(ILogger logger, string stripeCustomerId, string package, string constraint);

    [LoggerMessage(3022, LogLevel.Warning, "Cannot freeze {Package} for Stripe customer {StripeCustomerId}: {Error}")]
    public static partial void FreezeConstraintInvalid(ILogger logger, string stripeCustomerId, string package, string error);
}
