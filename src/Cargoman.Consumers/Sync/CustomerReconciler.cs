using System.Net;
using Cargoman.Consumers.Cargoman;
using Cargoman.Consumers.Mapping;
using Cargoman.Consumers.Stripe;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cargoman.Consumers.Sync;

/// <summary>
/// Brings one customer's Cargoman state in line with the current state of its Stripe subscriptions.
/// </summary>
/// <remarks>
/// Every step checks the remembered state first and skips calls that would change nothing, so
/// repeating the whole reconciliation is safe and usually free. When Cargoman answers 409 CONFLICT
/// to a status change, the remembered state was stale: it is read again and the steps run once more.
/// </remarks>
internal sealed class CustomerReconciler(
    StripeAccountReader stripe,
    CargomanClient cargoman,
    KnownCustomerStore knownCustomers,
    FrozenVersionResolver frozenVersions,
    IOptions<SyncOptions> options,
    TimeProvider timeProvider,
    ILogger<CustomerReconciler> logger)
{
    private readonly PriceMapping _mapping = PriceMapping.Parse(options.Value.PriceMapping);

    /// <summary>
    /// Reconciles the customer and returns a short description of what changed, for the processed-event record.
    /// </summary>
    public async Task<string> ReconcileAsync(string stripeCustomerId, DateTimeOffset freshAfter, CancellationToken cancellationToken)
    {
        var subscriptions = await stripe.GetSubscriptionsAsync(stripeCustomerId, freshAfter, cancellationToken);
        var stripeCustomer = subscriptions.Count == 0 ? await stripe.GetCustomerAsync(stripeCustomerId, cancellationToken) : null;
        var decision = AccessPolicy.Decide(subscriptions, stripeCustomer?.Deleted == true, _mapping, options.Value.OnSubscriptionEnded);

        foreach (var price in decision.UnmappedPrices)
        {
            Log.PriceUnmapped(logger, stripeCustomerId, price);
        }

        var known = await FindKnownAsync(stripeCustomerId, cancellationToken);
        if (known is null)
        {
            // An ended subscription was live once, so its customer is created and then frozen or expired.
            // This happens when the events of its start were missed or came late.
            var createsEnded = decision.Status is TargetStatus.Frozen or TargetStatus.Expired && decision.Grants.Count > 0;
            if (decision.Status is not (TargetStatus.Active or TargetStatus.Suspended) && !createsEnded)
            {
                Log.NothingToCreate(logger, stripeCustomerId, decision.Reason);
                return $"no change: not in Cargoman and {decision.Reason}";
            }

            known = await CreateAsync(stripeCustomerId, cancellationToken);
            if (known is null)
            {
                return "ignored: the customer no longer exists in Stripe";
            }

            if (createsEnded && !known.Grants.SequenceEqual(decision.Grants))
            {
                await cargoman.ReplaceGrantsAsync(known.CargomanId, decision.Grants, cancellationToken);
                known = await RememberAsync(known with { Grants = decision.Grants }, cancellationToken);
            }
        }

        var changes = new List<string>();
        try
        {
            await ApplyAsync(known, decision, changes, cancellationToken);
        }
        catch (CargomanApiException exception) when (exception.StatusCode == HttpStatusCode.Conflict)
        {
            Log.StateStale(logger, stripeCustomerId, known.CargomanId, exception.Message);
            known = await RefreshAsync(stripeCustomerId, known.CargomanId, cancellationToken);
            await ApplyAsync(known, decision, changes, cancellationToken);
        }

        return changes.Count == 0 ? $"no change: {decision.Status} ({decision.Reason})" : string.Join(", ", changes);
    }

    private async Task ApplyAsync(KnownCustomer known, AccessDecision decision, List<string> changes, CancellationToken cancellationToken)
    {
        var current = known;

        if (decision.Status is TargetStatus.Active or TargetStatus.Suspended && !current.Grants.SequenceEqual(decision.Grants))
        {
            await cargoman.ReplaceGrantsAsync(current.CargomanId, decision.Grants, cancellationToken);
            current = await RememberAsync(current with { Grants = decision.Grants }, cancellationToken);
            changes.Add($"grants set to {FormatGrants(decision.Grants)}");
            Log.GrantsReplaced(logger, current.ExternalId, current.CargomanId, FormatGrants(decision.Grants));
        }

        switch (decision.Status)
        {
            case TargetStatus.Active when current.Status != CustomerStatus.Active:
                await ReactivateAsync(current, cancellationToken);
                await RememberAsync(current with { Status = CustomerStatus.Active }, cancellationToken);
                changes.Add($"reactivated from {current.Status}");
                Log.CustomerReactivated(logger, current.ExternalId, current.CargomanId, current.Status);
                break;

            case TargetStatus.Suspended when current.Status == CustomerStatus.Active:
                await cargoman.SuspendAsync(current.CargomanId, decision.SuspendReason!, cancellationToken);
                await RememberAsync(current with { Status = CustomerStatus.Suspended }, cancellationToken);
                changes.Add("suspended");
                Log.CustomerSuspended(logger, current.ExternalId, current.CargomanId, decision.SuspendReason!);
                break;

            case TargetStatus.Frozen when current.Status is CustomerStatus.Active or CustomerStatus.Suspended:
                var versions = await frozenVersions.ResolveAsync(current.ExternalId, current.Grants, cancellationToken);
                await cargoman.FreezeAsync(current.CargomanId, versions, cancellationToken);
                await RememberAsync(current with { Status = CustomerStatus.Frozen }, cancellationToken);
                var frozenTo = string.Join(" ", versions.Select(v => $"{v.Package}@{v.Version}"));
                changes.Add($"frozen to {frozenTo}");
                Log.CustomerFrozen(logger, current.ExternalId, current.CargomanId, frozenTo);
                break;

            case TargetStatus.Expired when current.Status != CustomerStatus.Expired:
                if (current.Status == CustomerStatus.Active)
                {
                    // Cargoman documents expiry as a step after suspension: active -> suspended -> expired.
                    await cargoman.SuspendAsync(current.CargomanId, "Subscription ended", cancellationToken);
                    current = await RememberAsync(current with { Status = CustomerStatus.Suspended }, cancellationToken);
                }

                await cargoman.ExpireAsync(current.CargomanId, cancellationToken);
                await RememberAsync(current with { Status = CustomerStatus.Expired }, cancellationToken);
                changes.Add("expired");
                Log.CustomerExpired(logger, current.ExternalId, current.CargomanId);
                break;
        }
    }

    private async Task ReactivateAsync(KnownCustomer customer, CancellationToken cancellationToken)
    {
        try
        {
            await cargoman.ReactivateAsync(customer.CargomanId, cancellationToken);
        }
        catch (CargomanApiException exception) when (exception.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity
            && customer.Status is CustomerStatus.Frozen or CustomerStatus.Expired)
        {
            // Cargoman does not document whether a frozen or expired customer can come back.
            throw new SyncRejectedException(
                $"Cargoman refused to reactivate {customer.Status} customer {customer.CargomanId} (Stripe customer {customer.ExternalId}), " +
                $"who has a live subscription again: {exception.Message}. Reactivate the customer in Cargoman by hand, then move this message back from the error queue.",
                exception);
        }
    }

    private async Task<KnownCustomer?> FindKnownAsync(string externalId, CancellationToken cancellationToken)
    {
        var known = await knownCustomers.FindAsync(externalId, cancellationToken);
        if (known is not null && timeProvider.GetUtcNow() - known.UpdatedAt <= options.Value.StateCacheTtl)
        {
            return known;
        }

        var customer = await cargoman.FindByExternalIdAsync(externalId, cancellationToken);
        if (customer is null)
        {
            if (known is not null)
            {
                await knownCustomers.ForgetAsync(externalId, cancellationToken);
            }

            return null;
        }

        return await RefreshAsync(externalId, customer.Id, cancellationToken);
    }

    private async Task<KnownCustomer> RefreshAsync(string externalId, string cargomanId, CancellationToken cancellationToken)
    {
        var customer = await cargoman.GetCustomerAsync(cargomanId, cancellationToken);
        var grants = await cargoman.GetGrantsAsync(cargomanId, cancellationToken);
        var sorted = grants.OrderBy(g => g.Package, StringComparer.Ordinal).ToList();
        return await RememberAsync(new KnownCustomer(externalId, customer.Id, customer.Status, sorted, timeProvider.GetUtcNow()), cancellationToken);
    }

    private async Task<KnownCustomer?> CreateAsync(string externalId, CancellationToken cancellationToken)
    {
        var details = await stripe.GetCustomerAsync(externalId, cancellationToken);
        if (details.Deleted)
        {
            Log.StripeCustomerMissing(logger, externalId);
            return null;
        }

        // Cargoman requires both; Stripe has neither for customers created without them.
        var name = string.IsNullOrWhiteSpace(details.Name) ? externalId : details.Name;
        var email = string.IsNullOrWhiteSpace(details.Email) ? $"{externalId}@stripe.invalid" : details.Email;

        CargomanCustomer created;
        try
        {
            created = await cargoman.CreateCustomerAsync(name, email, externalId, cancellationToken);
            Log.CustomerCreated(logger, externalId, created.Id);
        }
        catch (CargomanApiException exception) when (exception.StatusCode == HttpStatusCode.Conflict)
        {
            // A repeated create, or a customer made by hand: it exists, so use it.
            created = await cargoman.FindByExternalIdAsync(externalId, cancellationToken)
                ?? throw new SyncRejectedException($"Cargoman responded 409 CONFLICT to creating Stripe customer {externalId}, but returns no customer with that external id.", exception);
            return await RefreshAsync(externalId, created.Id, cancellationToken);
        }

        return await RememberAsync(new KnownCustomer(externalId, created.Id, created.Status, [], timeProvider.GetUtcNow()), cancellationToken);
    }

    private async Task<KnownCustomer> RememberAsync(KnownCustomer customer, CancellationToken cancellationToken)
    {
        var updated = customer with { UpdatedAt = timeProvider.GetUtcNow() };
        await knownCustomers.SaveAsync(updated, cancellationToken);
        return updated;
    }

    private static string FormatGrants(IReadOnlyList<PackageGrant> grants) =>
        grants.Count == 0 ? "none" : string.Join(" ", grants.Select(g => $"{g.Package}:{g.Constraint}"));
}
