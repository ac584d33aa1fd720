using System.Text.Json;
using System.Text.Json.Nodes;

namespace CargomanStandIn.Pipeline;

/// <summary>
/// Copies a request body for the call log. Members whose names contain "token", "secret" or "password"
/// are replaced with "[redacted]" at any depth. Bodies that are not JSON or exceed <see cref="MaxBytes"/>
/// are replaced by a placeholder string, because their content cannot be checked for secrets.
/// </summary>
internal static class RecordedBody
{
    public const int MaxBytes = 64 * 1024;

    private const string Redacted = "[redacted]";
    private static readonly string[] s_secretWords = ["token", "secret", "password"];

    /// <summary>
    /// Reads the body and rewinds it for the endpoint. Returns null for an empty body.
    /// </summary>
    public static async Task<JsonNode?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        var buffer = new byte[MaxBytes + 1];
        var length = await request.Body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        request.Body.Position = 0;

        if (length > MaxBytes)
        {
            return JsonValue.Create($"[body larger than {MaxBytes} bytes, not recorded]");
        }

        var content = buffer.AsSpan(0, length);
        if (content.Trim(" \t\r\n"u8).IsEmpty)
        {
            return null;
        }

        try
        {
            var node = JsonNode.Parse(content);
            Redact(node);
            return node;
        }
        catch (JsonException)
        {
            return JsonValue.Create($"[{length} bytes that are not JSON, not recorded]");
        }
    }

    private static void Redact(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject members:
                foreach (var name in members.Select(member => member.Key).ToList())
                {
                    if (s_secretWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase)))
                    {
                        members[name] = Redacted;
                    }
                    else
                    {
                        Redact(members[name]);
                    }
                }

                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    Redact(item);
                }

                break;
        }
    }
}
