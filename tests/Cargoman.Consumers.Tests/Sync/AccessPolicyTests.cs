using Cargoman.Consumers.Cargoman;
using Cargoman.Consumers.Mapping;
using Cargoman.Consumers.Stripe;
using Cargoman.Consumers.Sync;

namespace Cargoman.Consumers.Tests.Sync;

public sealed class AccessPolicyTests
{
    private static readonly PriceMapping s_mapping = PriceMapping.Parse(
        """
        {
          "price_basic": ["vendor/core"],
          "price_pro": ["vendor/core", "vendor/pro-features"],
          "price_addon": [{"package": "vendor/addon", "constraint": "^1.0"}],
          "price_addon_legacy": [{"package": "vendor/addon", "constraint": "~0.9"}]
        }
        """);

    private static StripeSubscriptionState Subscription(string id, string status, bool collectionPaused = false, bool cancelAtPeriodEnd = false, params string[] prices) =>
        new(id, status, [.. prices.Select(price => new StripeSubscriptionItem(price, 1))], cancelAtPeriodEnd, collectionPaused);

    private static AccessDecision Decide(EndedSubscriptionAction action = EndedSubscriptionAction.Freeze, bool deleted = false, params StripeSubscriptionState[] subscriptions) =>
        AccessPolicy.Decide(subscriptions, deleted, s_mapping, action);

    [Theory]
    [InlineData("active")]
    [InlineData("trialing")]
    public void Decide_ActiveOrTrialing_IsActive(string status)
    {
        var decision = Decide(subscriptions: Subscription("sub_1", status, prices: "price_basic"));

        Assert.Equal(TargetStatus.Active, decision.Status);
        Assert.Equal([new PackageGrant("vendor/core", "*")], decision.Grants);
    }

    [Theory]
    [InlineData("past_due")]
    [InlineData("unpaid")]
    [InlineData("paused")]
    public void Decide_UnpaidStates_AreSuspendedWithGrants(string status)
    {
        var decision = Decide(subscriptions: Subscription("sub_1", status, prices: "price_basic"));

        Assert.Equal(TargetStatus.Suspended, decision.Status);
        Assert.Contains("sub_1", decision.SuspendReason, StringComparison.Ordinal);
        Assert.Equal([new PackageGrant("vendor/core", "*")], decision.Grants);
    }

    [Fact]
    public void Decide_PausedCollection_IsSuspended()
    {
        var decision = Decide(subscriptions: Subscription("sub_1", "active", collectionPaused: true, prices: "price_basic"));

        Assert.Equal(TargetStatus.Suspended, decision.Status);
        Assert.Contains("collection", decision.SuspendReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Decide_CancelAtPeriodEnd_StaysActive()
    {
        var decision = Decide(subscriptions: Subscription("sub_1", "active", cancelAtPeriodEnd: true, prices: "price_basic"));

        Assert.Equal(TargetStatus.Active, decision.Status);
    }

    [Fact]
    public void Decide_CanceledWithFreezeSetting_IsFrozen()
    {
        var decision = Decide(EndedSubscriptionAction.Freeze, subscriptions: Subscription("sub_1", "canceled", prices: "price_basic"));

        Assert.Equal(TargetStatus.Frozen, decision.Status);
    }

    [Fact]
    public void Decide_CanceledWithExpireSetting_IsExpired()
    {
        var decision = Decide(EndedSubscriptionAction.Expire, subscriptions: Subscription("sub_1", "canceled", prices: "price_basic"));

        Assert.Equal(TargetStatus.Expired, decision.Status);
    }

    [Theory]
    [InlineData("incomplete")]
    [InlineData("incomplete_expired")]
    public void Decide_NeverStarted_IsNone(string status)
    {
        var decision = Decide(subscriptions: Subscription("sub_1", status, prices: "price_basic"));

        Assert.Equal(TargetStatus.None, decision.Status);
    }

    [Fact]
    public void Decide_NoSubscription_IsNone()
    {
        var decision = Decide();

        Assert.Equal(TargetStatus.None, decision.Status);
    }

    [Fact]
    public void Decide_DeletedCustomer_EndsAccess()
    {
        var decision = Decide(deleted: true, subscriptions: Subscription("sub_1", "active", prices: "price_basic"));

        Assert.Equal(TargetStatus.Frozen, decision.Status);
    }

    [Fact]
    public void Decide_TwoSubscriptions_GrantUnion()
    {
        var decision = Decide(subscriptions: [Subscription("sub_1", "active", prices: "price_pro"), Subscription("sub_2", "active", prices: "price_addon")]);

        Assert.Equal(
            [new PackageGrant("vendor/addon", "^1.0"), new PackageGrant("vendor/core", "*"), new PackageGrant("vendor/pro-features", "*")],
            decision.Grants);
    }

    [Fact]
    public void Decide_OneActiveOneCanceled_IsActiveWithLiveGrantsOnly()
    {
        var decision = Decide(subscriptions: [Subscription("sub_1", "canceled", prices: "price_pro"), Subscription("sub_2", "active", prices: "price_basic")]);

        Assert.Equal(TargetStatus.Active, decision.Status);
        Assert.Equal([new PackageGrant("vendor/core", "*")], decision.Grants);
    }

    [Fact]
    public void Decide_OneActiveOnePastDue_IsActive()
    {
        var decision = Decide(subscriptions: [Subscription("sub_1", "past_due", prices: "price_addon"), Subscription("sub_2", "active", prices: "price_basic")]);

        Assert.Equal(TargetStatus.Active, decision.Status);
        Assert.Equal(2, decision.Grants.Count);
    }

    [Fact]
    public void Decide_SamePackageTwoConstraints_JoinsThemWithOr()
    {
        var decision = Decide(subscriptions: [Subscription("sub_1", "active", prices: "price_addon"), Subscription("sub_2", "active", prices: "price_addon_legacy")]);

        Assert.Equal([new PackageGrant("vendor/addon", "^1.0 || ~0.9")], decision.Grants);
    }

    [Fact]
    public void Decide_AnyVersionWins_OverNarrowerConstraint()
    {
        var mapping = PriceMapping.Parse("""{"a": [{"package": "vendor/core", "constraint": "^2.0"}], "b": ["vendor/core"]}""");
        var subscriptions = new[] { Subscription("sub_1", "active", prices: "a"), Subscription("sub_2", "active", prices: "b") };

        var decision = AccessPolicy.Decide(subscriptions, false, mapping, EndedSubscriptionAction.Freeze);

        Assert.Equal([new PackageGrant("vendor/core", "*")], decision.Grants);
    }

    [Fact]
    public void Decide_UnmappedPrice_IsReported()
    {
        var decision = Decide(subscriptions: Subscription("sub_1", "active", prices: ["price_basic", "price_unknown"]));

        Assert.Equal(["price_unknown"], decision.UnmappedPrices);
        Assert.Equal([new PackageGrant("vendor/core", "*")], decision.Grants);
    }

    [Fact]
    public void Decide_Upgrade_ReplacesGrantsWithNewPlan()
    {
        var decision = Decide(subscriptions: Subscription("sub_1", "active", prices: "price_pro"));

        Assert.Equal([new PackageGrant("vendor/core", "*"), new PackageGrant("vendor/pro-features", "*")], decision.Grants);
    }

    [Fact]
    public void Decide_ExpireMetadata_OverridesFreezeSetting()
    {
        var canceled = Subscription("sub_1", "canceled", prices: "price_basic") with { EndActionOverride = "expire" };

        var decision = Decide(EndedSubscriptionAction.Freeze, subscriptions: canceled);

        Assert.Equal(TargetStatus.Expired, decision.Status);
    }

    [Fact]
    public void Decide_UnknownEndMetadata_KeepsSetting()
    {
        var canceled = Subscription("sub_1", "canceled", prices: "price_basic") with { EndActionOverride = "delete" };

        var decision = Decide(EndedSubscriptionAction.Freeze, subscriptions: canceled);

        Assert.Equal(TargetStatus.Frozen, decision.Status);
    }

    [Fact]
    public void Decide_QuantityZero_GrantsNothing()
    {
        var subscription = new StripeSubscriptionState("sub_1", "active", [new StripeSubscriptionItem("price_pro", 0), new StripeSubscriptionItem("price_basic", 3)], false, false);

        var decision = Decide(subscriptions: subscription);

        Assert.Equal([new PackageGrant("vendor/core", "*")], decision.Grants);
    }

    [Fact]
    public void Decide_Canceled_CarriesEndedGrants()
    {
        var decision = Decide(subscriptions: [Subscription("sub_1", "canceled", prices: "price_pro"), Subscription("sub_2", "incomplete_expired", prices: "price_addon")]);

        Assert.Equal([new PackageGrant("vendor/core", "*"), new PackageGrant("vendor/pro-features", "*")], decision.Grants);
    }
}
