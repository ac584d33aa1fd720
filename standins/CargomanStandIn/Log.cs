using CargomanStandIn.Customers;
using CargomanStandIn.Pipeline;

namespace CargomanStandIn;

/// <summary>
/// Log messages of the stand-in. They name customers by id and external id only: never tokens or e-mail addresses.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Cargoman stand-in listening on {Url} (response shape {ResponseShape}, rate limit {RateLimit} requests per 60 s where 0 means off, catalogue {CatalogueSource} with {PackageCount} packages)")]
    public static partial void Listening(ILogger logger, string url, ResponseShape responseShape, int rateLimit, string catalogueSource, int packageCount);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Created customer {CustomerId} for external id {ExternalId}")]
    public static partial void CustomerCreated(ILogger logger, string customerId, string externalId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Deleted customer {CustomerId}")]
    public static partial void CustomerDeleted(ILogger logger, string customerId);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Customer {CustomerId} changed from {OldStatus} to {NewStatus}")]
    public static partial void CustomerStatusChanged(ILogger logger, string customerId, CustomerStatus oldStatus, CustomerStatus newStatus);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Customer {CustomerId} now has {GrantCount} package grants")]
    public static partial void CustomerGrantsChanged(ILogger logger, string customerId, int grantCount);

    [LoggerMessage(EventId = 6, Level = LogLevel.Debug, Message = "Rejected {Method} {Path} with 401: bearer token {CallerRole}")]
    public static partial void RequestUnauthorized(ILogger logger, string method, string path, CallerRole callerRole);

    [LoggerMessage(EventId = 7, Level = LogLevel.Debug, Message = "Rejected {Method} {Path} with 403: viewer tokens can only read")]
    public static partial void RequestForbidden(ILogger logger, string method, string path);

    [LoggerMessage(EventId = 8, Level = LogLevel.Debug, Message = "Rejected {Method} {Path} with 429: retry after {RetryAfterSeconds} s")]
    public static partial void RequestRateLimited(ILogger logger, string method, string path, int retryAfterSeconds);

    [LoggerMessage(EventId = 9, Level = LogLevel.Debug, Message = "Injected HTTP {Status} into {Method} {Path}")]
    public static partial void FaultInjected(ILogger logger, string method, string path, int status);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Fault set: HTTP {Status} for the next {Count} /api requests")]
    public static partial void FaultSetForCount(ILogger logger, int status, int count);

    [LoggerMessage(EventId = 13, Level = LogLevel.Information, Message = "Fault set: HTTP {Status} for every /api request until {Until}")]
    public static partial void FaultSetUntil(ILogger logger, int status, string until);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Fault cleared")]
    public static partial void FaultCleared(ILogger logger);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "State reset: customers, calls, fault and rate-limit windows cleared")]
    public static partial void StateReset(ILogger logger);
}
