using System.Text.Json;
using CargomanStandIn.Pipeline;

namespace CargomanStandIn.Control;

/// <summary>
/// Parses the body of <c>POST /_standin/faults</c>: <c>{"status": 500, "count": 5}</c> or
/// <c>{"status": 503, "seconds": 20}</c>, with an optional <c>"retry_after"</c> in whole seconds.
/// </summary>
internal static class FaultRequest
{
    public static bool TryParse(JsonElement body, DateTimeOffset now, out Fault? fault, out string? error)
    {
        fault = null;
        if (body.ValueKind != JsonValueKind.Object)
        {
            error = "The body must be a JSON object such as {\"status\": 500, \"count\": 5}.";
            return false;
        }

        if (!TryReadInt(body, "status", out var status) || status is null or < 500 or > 599)
        {
            error = "status is required and must be a whole number from 500 to 599.";
            return false;
        }

        var hasCount = body.TryGetProperty("count", out _);
        var hasSeconds = body.TryGetProperty("seconds", out var secondsElement);
        if (hasCount == hasSeconds)
        {
            error = "Give exactly one of count (number of requests) or seconds (duration).";
            return false;
        }

        if (!TryReadInt(body, "retry_after", out var retryAfter) || retryAfter < 0)
        {
            error = "retry_after must be a whole number of seconds, 0 or more.";
            return false;
        }

        if (hasCount)
        {
            if (!TryReadInt(body, "count", out var count) || count is null or < 1)
            {
                error = "count must be a whole number of requests, 1 or more.";
                return false;
            }

            fault = new Fault(status.Value, count, Until: null, retryAfter);
            error = null;
            return true;
        }

        if (secondsElement.ValueKind != JsonValueKind.Number || !secondsElement.TryGetDouble(out var seconds) || seconds <= 0 || seconds > TimeSpan.FromDays(1).TotalSeconds)
        {
            error = "seconds must be a number greater than 0 and at most 86400.";
            return false;
        }

        fault = new Fault(status.Value, RemainingCount: null, now.AddSeconds(seconds), retryAfter);
        error = null;
        return true;
    }

    // Returns false when the member is present but not a whole number. An absent member gives true and a null value.
    private static bool TryReadInt(JsonElement body, string name, out int? value)
    {
        value = null;
        if (!body.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var number))
        {
            return false;
        }

        value = number;
        return true;
    }
}
