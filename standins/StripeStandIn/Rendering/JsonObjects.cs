using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StripeStandIn.Scenarios;

namespace StripeStandIn.Rendering;

/// <summary>
/// Helpers for the scenario's object fields and the rendered Stripe objects.
/// </summary>
internal static class JsonObjects
{
    /// <summary>
    /// Returns a new object with the fields of each source in turn, where a later source replaces a field of an earlier one.
    /// </summary>
    public static JsonObject Merge(params ReadOnlySpan<JsonObject?> sources)
    {
        var merged = new JsonObject();
        foreach (var source in sources)
        {
            if (source is null)
            {
                continue;
            }

            foreach (var (key, value) in source)
            {
                merged[key] = value?.DeepClone();
            }
        }

        return merged;
    }

    /// <summary>
    /// Replaces each top-level field of <paramref name="target"/> named in <paramref name="fields"/> with its value
    /// there (a JSON null sets null), except the shorthand keys, which the renderer has already expanded.
    /// </summary>
    public static void ApplyOverrides(JsonObject target, JsonObject fields, IReadOnlySet<string> shorthandKeys)
    {
        foreach (var (key, value) in fields)
        {
            if (!shorthandKeys.Contains(key))
            {
                target[key] = value?.DeepClone();
            }
        }
    }

    public static string? GetString(JsonObject source, string key)
    {
        var node = source[key];
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            throw new ScenarioException($"object.{key} must be a string, found {node.ToJsonString()}.");
        }

        return node.GetValue<string>();
    }

    public static long? GetLong(JsonObject source, string key)
    {
        var node = source[key];
        if (node is null)
        {
            return null;
        }

        // Parsing the JSON text accepts values read from the file and values set in code (int or long) alike.
        if (node.GetValueKind() != JsonValueKind.Number
            || !long.TryParse(node.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            throw new ScenarioException($"object.{key} must be an integer, found {node.ToJsonString()}.");
        }

        return number;
    }

    public static bool? GetBoolean(JsonObject source, string key)
    {
        return source[key]?.GetValueKind() switch
        {
            null => null,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new ScenarioException($"object.{key} must be true or false, found {source[key]!.ToJsonString()}."),
        };
    }

    /// <summary>Returns the field's value when it is a JSON string, or null for a missing field or any other JSON kind.</summary>
    public static string? TryGetString(JsonObject source, string key) =>
        source[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
