using System.Text.Json;
using System.Text.Json.Nodes;
using StripeStandIn.Rendering;

namespace StripeStandIn.Scenarios;

/// <summary>
/// Reads and validates a scenario file. Top-level keys other than <c>description</c>, <c>apiVersion</c>,
/// <c>customers</c> and <c>events</c> belong to other tools and are ignored.
/// </summary>
internal static class ScenarioLoader
{
    // Offsets are limited to ten years either side of time zero, because larger ones make no sense for a scenario
    // and can overflow DateTimeOffset arithmetic.
    private const double MaxOffsetSeconds = 10 * 365 * 86_400.0;

    private static readonly HashSet<string> EventKeys =
        ["at", "type", "visibleAfter", "apiVersion", "object", "previous", "id", "livemode", "account"];

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static Scenario Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException($"Cannot read the scenario file: {exception.Message}", exception);
        }

        return Parse(text);
    }

    public static Scenario Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException exception)
        {
            throw new ScenarioException($"The scenario is not valid JSON: {exception.Message}", exception);
        }

        if (root is not JsonObject file)
        {
            throw new ScenarioException("The scenario must be a JSON object with an \"events\" array.");
        }

        var apiVersion = ReadApiVersion(file, "apiVersion", "apiVersion") ?? ApiVersions.Default;
        var customers = ReadArray(file, "customers").Select(ReadCustomer).ToList();
        var events = ReadArray(file, "events").Select((node, index) => ReadEvent(node, index, apiVersion)).ToList();

        RejectDuplicates(customers.Select(customer => (string)customer["id"]!), "customer id");
        RejectDuplicates(events.Where(item => item.Id is not null).Select(item => item.Id!), "event id");

        return new Scenario(ReadString(file, "description", "description"), apiVersion, customers, events);
    }

    private static JsonObject ReadCustomer(JsonNode? node, int index)
    {
        var location = $"customers[{index}]";
        if (node is not JsonObject customer)
        {
            throw new ScenarioException($"{location} must be an object with an \"id\".");
        }

        _ = ReadString(customer, "id", $"{location}.id")
            ?? throw new ScenarioException($"{location}.id is missing.");
        _ = ReadString(customer, "name", $"{location}.name");
        _ = ReadString(customer, "email", $"{location}.email");
        return (JsonObject)customer.DeepClone();
    }

    private static ScenarioEvent ReadEvent(JsonNode? node, int index, string defaultApiVersion)
    {
        var location = $"events[{index}]";
        if (node is not JsonObject item)
        {
            throw new ScenarioException($"{location} must be an object with \"at\" and \"type\".");
        }

        var unknownKey = item.Select(pair => pair.Key).FirstOrDefault(key => !EventKeys.Contains(key));
        if (unknownKey is not null)
        {
            throw new ScenarioException(
                $"{location}.{unknownKey} is not a known event field; known fields: {string.Join(", ", EventKeys)}.");
        }

        var at = ReadSeconds(item, "at", location) ?? throw new ScenarioException($"{location}.at is missing.");
        var visibleAfter = ReadSeconds(item, "visibleAfter", location) ?? 0;
        if (visibleAfter < 0)
        {
            throw new ScenarioException($"{location}.visibleAfter must not be negative, found {visibleAfter}.");
        }

        var type = ReadString(item, "type", $"{location}.type");
        if (string.IsNullOrWhiteSpace(type))
        {
            throw new ScenarioException($"{location}.type is missing.");
        }

        return new ScenarioEvent(
            Index: index,
            At: at,
            VisibleAfter: visibleAfter,
            Type: type,
            ApiVersion: ReadApiVersion(item, "apiVersion", $"{location}.apiVersion") ?? defaultApiVersion,
            Object: ReadObject(item, "object", location) ?? [],
            Previous: ReadObject(item, "previous", location),
            Id: ReadString(item, "id", $"{location}.id"),
            Livemode: ReadBoolean(item, "livemode", location) ?? false,
            Account: ReadString(item, "account", $"{location}.account"));
    }

    private static IEnumerable<JsonNode?> ReadArray(JsonObject parent, string key)
    {
        return parent[key] switch
        {
            null => [],
            JsonArray array => array,
            var other => throw new ScenarioException($"{key} must be an array, found {other.ToJsonString()}."),
        };
    }

    private static string? ReadString(JsonObject parent, string key, string location)
    {
        var node = parent[key];
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            throw new ScenarioException($"{location} must be a string, found {node.ToJsonString()}.");
        }

        return node.GetValue<string>();
    }

    private static string? ReadApiVersion(JsonObject parent, string key, string location)
    {
        var version = ReadString(parent, key, location);
        if (version is not null && !ApiVersions.IsValid(version))
        {
            throw new ScenarioException(
                $"{location} must be a Stripe API version such as \"{ApiVersions.Default}\" or \"2022-08-01\", found \"{version}\".");
        }

        return version;
    }

    private static double? ReadSeconds(JsonObject parent, string key, string location)
    {
        var node = parent[key];
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.Number)
        {
            throw new ScenarioException($"{location}.{key} must be a number of seconds, found {node.ToJsonString()}.");
        }

        var seconds = node.GetValue<double>();
        if (Math.Abs(seconds) > MaxOffsetSeconds)
        {
            throw new ScenarioException($"{location}.{key} must be within ten years of time zero, found {seconds}.");
        }

        return seconds;
    }

    private static bool? ReadBoolean(JsonObject parent, string key, string location)
    {
        return parent[key]?.GetValueKind() switch
        {
            null => null,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new ScenarioException($"{location}.{key} must be true or false, found {parent[key]!.ToJsonString()}."),
        };
    }

    private static JsonObject? ReadObject(JsonObject parent, string key, string location)
    {
        return parent[key] switch
        {
            null => null,
            JsonObject value => (JsonObject)value.DeepClone(),
            var other => throw new ScenarioException($"{location}.{key} must be an object, found {other.ToJsonString()}."),
        };
    }

    private static void RejectDuplicates(IEnumerable<string> ids, string idName)
    {
        var duplicate = ids.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ScenarioException($"The {idName} \"{duplicate.Key}\" appears more than once.");
        }
    }
}
