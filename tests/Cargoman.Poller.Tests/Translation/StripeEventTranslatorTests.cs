using System.Text.Json.Nodes;
using Cargoman.Contracts;
using Cargoman.Poller.Tests.Support;
using Cargoman.Poller.Translation;

namespace Cargoman.Poller.Tests.Translation;

public sealed class StripeEventTranslatorTests
{
    [Fact]
    public void Translate_SubscriptionCreated_CarriesEnvelope()
    {
        var json = StripeFixtures.Event("evt_1", StripeEventTypes.SubscriptionCreated, StripeFixtures.Subscription("sub_1", "cus_1", "active", ("price_basic", 1)), created: 1_764_000_123);
        json["account"] = "acct_123";
        json["livemode"] = true;

        var result = StripeEventTranslator.Translate(json.ToJsonString());

        var message = Assert.IsType<SubscriptionCreated>(result.Message);
        Assert.Equal(TranslationOutcome.Translated, result.Outcome);
        Assert.Equal("evt_1", message.Event.EventId);
        Assert.Equal(StripeEventTypes.SubscriptionCreated, message.Event.Type);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_764_000_123), message.Event.Created);
        Assert.True(message.Event.Livemode);
        Assert.Equal("acct_123", message.Event.Account);
        Assert.Equal("2026-10-28.endive", message.Event.ApiVersion);
        Assert.Equal("cus_1", message.CustomerId);
    }

    [Fact]
    public void Translate_Subscription_ReadsItemsAndStatus()
    {
        var subscription = StripeFixtures.Subscription("sub_1", "cus_1", "past_due", ("price_basic", 1), ("price_addon", 3));
        subscription["cancel_at_period_end"] = true;
        var json = StripeFixtures.Event("evt_1", StripeEventTypes.SubscriptionUpdated, subscription);

        var message = Assert.IsType<SubscriptionUpdated>(StripeEventTranslator.Translate(json.ToJsonString()).Message);

        Assert.Equal("sub_1", message.Subscription.SubscriptionId);
        Assert.Equal("past_due", message.Subscription.Status);
        Assert.True(message.Subscription.CancelAtPeriodEnd);
        Assert.Null(message.Subscription.PauseCollectionBehavior);
        Assert.Equal(["price_basic", "price_addon"], message.Subscription.Items.Select(item => item.PriceId));
        Assert.Equal([1L, 3L], message.Subscription.Items.Select(item => item.Quantity));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_766_000_000), message.Subscription.CurrentPeriodEnd);
    }

    [Fact]
    public void Translate_SubscriptionWithPausedCollection_ReportsBehavior()
    {
        var subscription = StripeFixtures.Subscription("sub_1", "cus_1", "active", ("price_basic", 1));
        subscription["pause_collection"] = new JsonObject { ["behavior"] = "void", ["resumes_at"] = null };
        var json = StripeFixtures.Event("evt_1", StripeEventTypes.SubscriptionUpdated, subscription);

        var message = Assert.IsType<SubscriptionUpdated>(StripeEventTranslator.Translate(json.ToJsonString()).Message);

        Assert.Equal("void", message.Subscription.PauseCollectionBehavior);
    }

    [Fact]
    public void Translate_OldApiSubscription_ReadsTopLevelPeriodEnd()
    {
        var subscription = StripeFixtures.Subscription("sub_1", "cus_1", "active", ("price_basic", 1));
        foreach (var item in subscription["items"]!["data"]!.AsArray())
        {
            item!.AsObject().Remove("current_period_end");
        }

        subscription["current_period_end"] = 1_767_000_000;
        var json = StripeFixtures.Event("evt_1", StripeEventTypes.SubscriptionDeleted, subscription, apiVersion: "2022-08-01");

        var message = Assert.IsType<SubscriptionDeleted>(StripeEventTranslator.Translate(json.ToJsonString()).Message);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_767_000_000), message.Subscription.CurrentPeriodEnd);
        Assert.Equal("2022-08-01", message.Event.ApiVersion);
    }

    [Fact]
    public void Translate_InvoicePaid_ReadsSubscriptionFromParent()
    {
        var json = StripeFixtures.Event("evt_2", StripeEventTypes.InvoicePaid, StripeFixtures.Invoice("in_1", "cus_1", "sub_1", "subscription_cycle"));

        var message = Assert.IsType<InvoicePaid>(StripeEventTranslator.Translate(json.ToJsonString()).Message);

        Assert.Equal("in_1", message.Invoice.InvoiceId);
        Assert.Equal("sub_1", message.Invoice.SubscriptionId);
        Assert.Equal("subscription_cycle", message.Invoice.BillingReason);
        Assert.Equal("cus_1", message.CustomerId);
    }

    [Fact]
    public void Translate_OldApiInvoice_ReadsTopLevelSubscription()
    {
        var invoice = StripeFixtures.Invoice("in_1", "cus_1", null, "subscription_cycle");
        invoice.Remove("parent");
        invoice["subscription"] = "sub_old";
        var json = StripeFixtures.Event("evt_3", StripeEventTypes.InvoicePaymentFailed, invoice, apiVersion: "2022-08-01");

        var message = Assert.IsType<InvoicePaymentFailed>(StripeEventTranslator.Translate(json.ToJsonString()).Message);

        Assert.Equal("sub_old", message.Invoice.SubscriptionId);
    }

    [Fact]
    public void Translate_OneOffInvoice_HasNoSubscription()
    {
        var json = StripeFixtures.Event("evt_4", StripeEventTypes.InvoicePaid, StripeFixtures.Invoice("in_1", "cus_1", null, "manual"));

        var message = Assert.IsType<InvoicePaid>(StripeEventTranslator.Translate(json.ToJsonString()).Message);

        Assert.Null(message.Invoice.SubscriptionId);
        Assert.Equal("manual", message.Invoice.BillingReason);
    }

    [Fact]
    public void Translate_ExpandedCustomer_ReadsItsId()
    {
        var invoice = StripeFixtures.Invoice("in_1", "cus_1", "sub_1", "subscription_cycle");
        invoice["customer"] = StripeFixtures.Resource("customer");
        var json = StripeFixtures.Event("evt_5", StripeEventTypes.InvoicePaid, invoice);

        var result = StripeEventTranslator.Translate(json.ToJsonString());

        Assert.Equal("cus_QXg1o8vcGmoR32", result.CustomerId);
    }

    [Fact]
    public void Translate_UnhandledType_IsUnhandled()
    {
        var json = StripeFixtures.Resource("event");
        json["id"] = "evt_6";

        var result = StripeEventTranslator.Translate(json.ToJsonString());

        Assert.Equal(TranslationOutcome.Unhandled, result.Outcome);
        Assert.Equal("plan.created", result.Event!.Type);
    }

    [Fact]
    public void Translate_MalformedJson_IsInvalid()
    {
        var result = StripeEventTranslator.Translate("{\"id\": \"evt_7\", ");

        Assert.Equal(TranslationOutcome.Invalid, result.Outcome);
        Assert.Contains("not valid JSON", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_SubscriptionWithoutCustomer_NamesTheField()
    {
        var subscription = StripeFixtures.Subscription("sub_1", "cus_1", "active", ("price_basic", 1));
        subscription.Remove("customer");
        var json = StripeFixtures.Event("evt_8", StripeEventTypes.SubscriptionCreated, subscription);

        var result = StripeEventTranslator.Translate(json.ToJsonString());

        Assert.Equal(TranslationOutcome.Invalid, result.Outcome);
        Assert.Contains("'customer'", result.Error, StringComparison.Ordinal);
        Assert.Equal("evt_8", result.Event!.EventId);
    }

    [Fact]
    public void Translate_NotAnEvent_IsInvalid()
    {
        var result = StripeEventTranslator.Translate(StripeFixtures.Resource("customer").ToJsonString());

        Assert.Equal(TranslationOutcome.Invalid, result.Outcome);
        Assert.Contains("'customer'", result.Error, StringComparison.Ordinal);
    }
}
