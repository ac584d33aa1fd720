using Cargoman.Infrastructure.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cargoman.Poller.Tests.Webhooks;

public sealed class WebhookOptionsValidatorTests
{
    [Fact]
    public void WebhookOnWithoutSecret_NamesTheVariable()
    {
        var errors = FindErrors(new() { ["Webhook:Enabled"] = "true" });

        var error = Assert.Single(errors);
        Assert.StartsWith("STRIPE_WEBHOOK_SECRET (Stripe__WebhookSecret) is missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public void WebhookAndPollerOff_Reported()
    {
        var errors = FindErrors(new() { ["Poller:Enabled"] = "false" });

        var error = Assert.Single(errors);
        Assert.StartsWith("Webhook__Enabled is false and so is Poller__Enabled", error, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidWebhookSettings_EachReported()
    {
        var errors = FindErrors(new()
        {
            ["Webhook:Enabled"] = "true",
            ["Stripe:WebhookSecret"] = "whsec_a",
            ["Webhook:BindAddress"] = "localhost",
            ["Webhook:Port"] = "70000",
            ["Webhook:Path"] = "api/webhooks",
            ["Webhook:Tolerance"] = "00:00:00",
            ["Webhook:MaxBodyBytes"] = "10",
            ["Webhook:PublishTimeout"] = "00:05:00",
        });

        Assert.Equal(
            ["Webhook__BindAddress", "Webhook__MaxBodyBytes", "Webhook__Path", "Webhook__Port", "Webhook__PublishTimeout", "Webhook__Tolerance"],
            errors.Select(error => error.Split(' ')[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SecretEntryWithoutPrefix_ReportedWithoutItsValue()
    {
        var errors = FindErrors(new() { ["Webhook:Enabled"] = "true", ["Stripe:WebhookSecret"] = "whsec_good, sk_live_leaked" });

        var error = Assert.Single(errors);
        Assert.Contains("entry (2 of 2)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("sk_live_leaked", error, StringComparison.Ordinal);
    }

    [Fact]
    public void WebhookOff_PortNotChecked()
    {
        Assert.Empty(FindErrors(new() { ["Webhook:Port"] = "70000" }));
    }

    private static IReadOnlyList<string> FindErrors(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Stripe:ApiKey"] = "sk_test_validator",
            ["Database:Url"] = "postgres://user:password@127.0.0.1:5432/validator",
            ["RabbitMq:Url"] = "amqp://user:password@127.0.0.1:5672/validator",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddCargomanPoller(builder.Configuration);
        using var host = builder.Build();
        return SettingsCheck.FindErrors(host.Services);
    }
}
