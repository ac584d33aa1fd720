using System.Text.Json;
using Cargoman.Contracts;

namespace Cargoman.Poller.Translation;

/// <summary>
/// Reads fields of Stripe objects, throwing <see cref="InvalidEventException"/> with the field's name when one is missing or malformed.
/// </summary>
internal static class StripeJson
{
    public static JsonElement RequireObject(JsonElement parent, string name, StripeEventInfo? stripeEvent)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidEventException($"the field '{name}' is missing or not an object", stripeEvent);
        }

        return value;
    }

    public static string RequireString(JsonElement parent, string name, StripeEventInfo? stripeEvent)
    {
        return OptionalString(parent, name, stripeEvent) is { Length: > 0 } value
            ? value
            : throw new InvalidEventException($"the field '{name}' is missing or empty", stripeEvent);
    }

    public static string? OptionalString(JsonElement parent, string name, StripeEventInfo? stripeEvent)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new InvalidEventException($"the field '{name}' is not a string", stripeEvent);
    }

    /// <summary>
    /// Reads a reference to another Stripe object, which is its id or, when expanded, the object itself.
    /// </summary>
    public static string RequireId(JsonElement parent, string name, StripeEventInfo? stripeEvent)
    {
        return OptionalId(parent, name, stripeEvent)
            ?? throw new InvalidEventException($"the field '{name}' is missing", stripeEvent);
    }

    public static string? OptionalId(JsonElement parent, string name, StripeEventInfo? stripeEvent)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => value.GetString() is { Length: > 0 } id ? id : null,
            JsonValueKind.Object => RequireString(value, "id", stripeEvent),
            _ => throw new InvalidEventException($"the field '{name}' is neither an id nor an object", stripeEvent),
        };
    }

    public static bool? OptionalBoolean(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        };
    }

    public static DateTimeOffset RequireTimestamp(JsonElement parent, string name, StripeEventInfo? stripeEvent)
    {
        return OptionalTimestamp(parent, name)
            ?? throw new InvalidEventException($"the field '{name}' is missing or not a Unix timestamp", stripeEvent);
    }

    /// <summary>
    /// Reads a Unix time in seconds, Stripe's only timestamp format.
    /// </summary>
    public static DateTimeOffset? OptionalTimestamp(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var seconds))
        {
            return null;
        }

        return seconds is >= 0 and <= 253_402_300_799 ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
    }
}
