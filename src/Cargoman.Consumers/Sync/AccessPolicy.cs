using Cargoman.Consumers.Cargoman;
using Cargoman.Consumers.Mapping;
using Cargoman.Consumers.Stripe;

namespace Cargoman.Consumers.Sync;

/// <summary>
/// Decides a customer's Cargoman status and grants from the current state of all its Stripe subscriptions.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Live subscriptions are active, trialing, past_due, unpaid and paused ones. Grants are the union of their prices' packages.</item>
/// <item>Active: at least one live subscription is active or trialing and its collection is not paused. A subscription set to cancel at period end stays active until Stripe ends it.</item>
/// <item>Suspended: every live subscription is past_due, unpaid, paused, or has its collection paused.</item>
/// <item>Frozen or Expired: no live subscription remains and at least one was canceled, or Stripe deleted the customer.
/// The setting <c>Sync:OnSubscriptionEnded</c> chooses, unless the newest canceled subscription's metadata
/// <c>cargoman_end_action</c> is <c>freeze</c> or <c>expire</c>.</item>
/// <item>None: only incomplete or incomplete_expired subscriptions, which never gave access.</item>
/// </list>
/// </remarks>
internal static class AccessPolicy
{
    private static readonly HashSet<string> s_liveStatuses = new(StringComparer.Ordinal)
    {
        "active", "trialing", "past_due", "unpaid", "paused",
    };

    public static AccessDecision Decide(
        IReadOnlyList<StripeSubscriptionState> subscriptions,
        bool customerDeleted,
        PriceMapping mapping,
        EndedSubscriptionAction endedAction)
    {
        var live = customerDeleted ? [] : subscriptions.Where(s => s_liveStatuses.Contains(s.Status)).ToList();
        var (grants, unmapped) = CollectGrants(live, mapping);

        var inGoodStanding = live.Where(s => s.Status is "active" or "trialing" && !s.CollectionPaused).ToList();
        if (inGoodStanding.Count > 0)
        {
            return new AccessDecision(TargetStatus.Active, grants, null, unmapped, $"subscription {Describe(inGoodStanding[0])}");
        }

        if (live.Count > 0)
        {
            var first = live[0];
            var reason = first.Status switch
            {
                "past_due" or "unpaid" => $"Payment failed: Stripe subscription {first.Id} is {first.Status}",
                "paused" => $"Stripe subscription {first.Id} is paused",
                _ => $"Payment collection for Stripe subscription {first.Id} is paused",
            };
            return new AccessDecision(TargetStatus.Suspended, grants, reason, unmapped, $"subscription {Describe(first)}");
        }

        // Stripe lists a customer's subscriptions newest first.
        var ended = subscriptions.FirstOrDefault(s => s.Status == "canceled");
        if (customerDeleted || ended is not null)
        {
            var action = ReadEndAction(ended?.EndActionOverride) ?? endedAction;
            var status = action == EndedSubscriptionAction.Expire ? TargetStatus.Expired : TargetStatus.Frozen;
            var why = customerDeleted ? "the customer was deleted in Stripe" : $"subscription {Describe(ended!)} and no live one";

            // Only a customer missing from Cargoman gets these grants, before it is frozen or expired:
            // a canceled subscription was live once, so its customer had access to them.
            var (endedGrants, _) = CollectGrants([.. subscriptions.Where(s => s.Status == "canceled")], mapping);
            return new AccessDecision(status, endedGrants, null, [], why);
        }

        var why2 = subscriptions.Count == 0
            ? "the customer has no subscription"
            : $"no subscription started ({string.Join(", ", subscriptions.Select(Describe))})";
        return new AccessDecision(TargetStatus.None, [], null, [], why2);
    }

    private static (List<PackageGrant> Grants, List<string> Unmapped) CollectGrants(List<StripeSubscriptionState> live, PriceMapping mapping)
    {
        var constraintsByPackage = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var unmapped = new SortedSet<string>(StringComparer.Ordinal);

        foreach (var item in live.SelectMany(s => s.Items).Where(item => item.Quantity > 0))
        {
            var grants = mapping.GrantsFor(item.PriceId);
            if (grants is null)
            {
                unmapped.Add(item.PriceId);
                continue;
            }

            foreach (var grant in grants)
            {
                if (!constraintsByPackage.TryGetValue(grant.Package, out var constraints))
                {
                    constraints = new SortedSet<string>(StringComparer.Ordinal);
                    constraintsByPackage[grant.Package] = constraints;
                }

                constraints.Add(grant.Constraint);
            }
        }

        // Two prices granting one package with different constraints grant either range: Composer's "||".
        var merged = constraintsByPackage
            .Select(pair => new PackageGrant(pair.Key, pair.Value.Contains("*") ? "*" : string.Join(" || ", pair.Value)))
            .ToList();

        return (merged, [.. unmapped]);
    }

    private static EndedSubscriptionAction? ReadEndAction(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "freeze" => EndedSubscriptionAction.Freeze,
        "expire" => EndedSubscriptionAction.Expire,
        _ => null,
    };

    private static string Describe(StripeSubscriptionState subscription) => $"{subscription.Id} is {subscription.Status}";
}
