using System.Text.Json;

namespace Cargoman.Poller.Tests.Replay;

/// <summary>
/// Builds the raw JSON of Stripe events in the newest API shape, for seeding the archive with events Stripe no longer lists.
/// </summary>
public static class StripeEventJson
{
    public static string Subscription(string eventId, string type, DateTimeOffset created, string customerId, string subscriptionId, string status) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = eventId,
            ["object"] = "event",
            ["type"] = type,
            ["created"] = created.ToUnixTimeSeconds(),
            ["livemode"] = false,
            ["api_version"] = "2026-10-28.endive",
            ["data"] = new Dictionary<string, object?>
            {
                ["object"] = new Dictionary<string, object?>
                {
                    ["id"] = subscriptionId,
                    ["object"] = "subscription",
                    ["customer"] = customerId,
                    ["status"] = status,
                    ["cancel_at_period_end"] = false,
                    ["items"] = new
                    {
                        data = new[]
                        {
                            new Dictionary<string, object?>
                            {
                                ["price"] = new { id = "price_basic" },
                                ["quantity"] = 1,
                                ["current_period_end"] = created.AddDays(30).ToUnixTimeSeconds(),
                            },
                        },
                    },
                },
            },
        });
}
