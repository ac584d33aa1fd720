using System.Buffers;
using System.Text;
using System.Text.Json;

namespace StripeStandIn.Api;

/// <summary>
/// Successful responses built from objects that were serialised once at start-up.
/// </summary>
internal static class StripeResponses
{
    public static IResult Object(string json) => Results.Text(json, "application/json", Encoding.UTF8);

    /// <summary>Wraps serialised objects in Stripe's list envelope: <c>{"object": "list", "data", "has_more", "url"}</c>.</summary>
    public static IResult List(string url, IEnumerable<string> itemsJson, bool hasMore)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("object", "list");
            writer.WriteStartArray("data");
            foreach (var itemJson in itemsJson)
            {
                writer.WriteRawValue(itemJson, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteBoolean("has_more", hasMore);
            writer.WriteString("url", url);
            writer.WriteEndObject();
        }

        return Results.Bytes(buffer.WrittenMemory.ToArray(), "application/json");
    }
}
