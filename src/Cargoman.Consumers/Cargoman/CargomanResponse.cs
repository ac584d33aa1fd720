using System.Net;
using System.Text.Json;

namespace Cargoman.Consumers.Cargoman;

/// <summary>
/// Reads Cargoman's answers, which come in three shapes: the documented envelope
/// <c>{"data": ..., "error": null}</c>, a bare object (the customer guide's examples), and the auth
/// layer's flat <c>{"error": "unauthorized", "message": "..."}</c>.
/// </summary>
internal static class CargomanResponse
{
    /// <summary>
    /// Returns the payload of a successful response, unwrapped from its envelope when it has one.
    /// </summary>
    public static JsonElement ReadData(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("data", out var data)
            && root.TryGetProperty("error", out var error)
            && error.ValueKind == JsonValueKind.Null)
        {
            return data;
        }

        return root;
    }

    /// <summary>
    /// Builds the exception for an error response from whichever error shape the body has.
    /// </summary>
    public static CargomanApiException ReadError(HttpStatusCode statusCode, string body, string operation)
    {
        string? code = null;
        string? message = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var error))
            {
                if (error.ValueKind == JsonValueKind.Object)
                {
                    code = ReadString(error, "code");
                    message = ReadString(error, "message");
                }
                else if (error.ValueKind == JsonValueKind.String)
                {
                    code = error.GetString();
                    message = ReadString(root, "message");
                }
            }
        }
        catch (JsonException)
        {
            // Proxies and load balancers respond with HTML, so the status code is all there is.
        }

        return new CargomanApiException(statusCode, code, message, operation);
    }

    private static string? ReadString(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
