using Cargoman.Consumers.Cargoman;
using Cargoman.Consumers.Mapping;
using Cargoman.Consumers.Stripe;
using Microsoft.Extensions.Options;

namespace Cargoman.Consumers.Sync;

/// <summary>
/// Describes the Cargoman calls that <see cref="CustomerReconciler"/> would make for a customer now, without making them.
/// </summary>
/// <remarks>
/// The decision comes from the same <see cref="AccessPolicy"/> and price mapping as the consumers'. The steps follow
/// the conditions of <see cref="CustomerReconciler"/>, so a change to one must be made in the other. The planner
/// writes nothing: it keeps the state that each plan would leave in memory, so that a second event of the same
/// customer in one dry run is planned against the first event's outcome. Cargoman is read only for the package
/// versions of a freeze, and only when a <see cref="FrozenVersionResolver"/> is registered.
/// </remarks>
internal sealed class ReconciliationPlanner(
    StripeAccountReader stripe,
    KnownCustomerStore knownCustomers,
    IOptions<SyncOptions> options,
    TimeProvider timeProvider,
    FrozenVersionResolver? frozenVersions = null)
{
    private const string NewCustomerId = "(new)";

    private readonly PriceMapping _mapping = PriceMapping.Parse(options.Value.PriceMapping);
    private readonly Dictionary<string, KnownCustomer> _plannedStates = new(StringComparer.Ordinal);

    /// <summary>
    /// Returns the calls the consumers would make, such as <c>create, grants set to vendor/core:*, suspend</c>, or a
    /// line starting with <c>no change</c>.
    /// </summary>
    public async Task<string> PlanAsync(string stripeCustomerId, CancellationToken cancellationToken)
    {
        // Any read of this run may be reused, because every plan uses the subscriptions as they are now.
        var subscriptions = await stripe.GetSubscriptionsAsync(stripeCustomerId, DateTimeOffset.MinValue, cancellationToken);
        var stripeCustomer = subscriptions.Count == 0 ? await stripe.GetCustomerAsync(stripeCustomerId, cancellationToken) : null;
        var decision = AccessPolicy.Decide(subscriptions, stripeCustomer?.Deleted == true, _mapping, options.Value.OnSubscriptionEnded);

        // NOTE: the consumers read Cargoman again when the remembered state is older than Sync:StateCacheTtl. A dry run
        // trusts cargoman_customers, so a customer changed by hand in Cargoman may be planned against a stale state.
        var known = _plannedStates.TryGetValue(stripeCustomerId, out var planned)
            ? planned
            : await knownCustomers.FindAsync(stripeCustomerId, cancellationToken);

        var steps = new List<string>();
        if (known is null)
        {
            var createsEnded = decision.Status is TargetStatus.Frozen or TargetStatus.Expired && decision.Grants.Count > 0;
            if (decision.Status is not (TargetStatus.Active or TargetStatus.Suspended) && !createsEnded)
            {
                return $"no change: not in Cargoman and {decision.Reason}";
            }

            steps.Add("create");
            known = new KnownCustomer(stripeCustomerId, NewCustomerId, CustomerStatus.Active, [], timeProvider.GetUtcNow());
            if (createsEnded)
            {
                steps.Add($"grants set to {string.Join(" ", decision.Grants.Select(g => $"{g.Package}:{g.Constraint}"))}");
                known = known with { Grants = decision.Grants };
            }
        }

        var result = await PlanStepsAsync(known, decision, steps, cancellationToken);
        _plannedStates[stripeCustomerId] = result;

        var unmapped = decision.UnmappedPrices.Count == 0 ? "" : $" (unmapped prices: {string.Join(" ", decision.UnmappedPrices)})";
        return steps.Count == 0
            ? $"no change: {decision.Status} ({decision.Reason}){unmapped}"
            : string.Join(", ", steps) + unmapped;
    }

    private async Task<KnownCustomer> PlanStepsAsync(KnownCustomer known, AccessDecision decision, List<string> steps, CancellationToken cancellationToken)
    {
        var current = known;
        if (decision.Status is TargetStatus.Active or TargetStatus.Suspended && !current.Grants.SequenceEqual(decision.Grants))
        {
            steps.Add($"grants set to {FormatGrants(decision.Grants)}");
            current = current with { Grants = decision.Grants };
        }

        switch (decision.Status)
        {
            case TargetStatus.Active when current.Status != CustomerStatus.Active:
                steps.Add($"reactivate from {current.Status}");
                return current with { Status = CustomerStatus.Active };

            case TargetStatus.Suspended when current.Status == CustomerStatus.Active:
                steps.Add($"suspend: {decision.SuspendReason}");
                return current with { Status = CustomerStatus.Suspended };

            case TargetStatus.Frozen when current.Status is CustomerStatus.Active or CustomerStatus.Suspended:
                steps.Add(await DescribeFreezeAsync(current, cancellationToken));
                return current with { Status = CustomerStatus.Frozen };

            case TargetStatus.Expired when current.Status != CustomerStatus.Expired:
                if (current.Status == CustomerStatus.Active)
                {
                    // Cargoman expires only suspended customers, so the consumers suspend first.
                    steps.Add("suspend: Subscription ended");
                }

                steps.Add("expire");
                return current with { Status = CustomerStatus.Expired };

            default:
                return current;
        }
    }

    private async Task<string> DescribeFreezeAsync(KnownCustomer customer, CancellationToken cancellationToken)
    {
        if (frozenVersions is null)
        {
            return "freeze (versions resolved at apply time)";
        }

        var versions = await frozenVersions.ResolveAsync(customer.ExternalId, customer.Grants, cancellationToken);
        return versions.Count == 0
            ? "freeze to no version"
            : "freeze to " + string.Join(" ", versions.Select(v => $"{v.Package}@{v.Version}"));
    }

    private static string FormatGrants(IReadOnlyList<PackageGrant> grants) =>
        grants.Count == 0 ? "none" : string.Join(" ", grants.Select(g => $"{g.Package}:{g.Constraint}"));
}
