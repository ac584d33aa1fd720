using System.Text.Json;

namespace CargomanStandIn.Api;

/// <summary>
/// Reads request bodies as JSON objects, so that malformed input gets a VALIDATION_ERROR instead of the
/// framework's own 400 response.
/// </summary>
internal static class JsonBody
{
    /// <summary>
    /// Reads the body as a JSON object. An empty body reads as <c>{}</c>.
    /// </summary>
    public static async Task<Result<JsonDocument>> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, leaveOpen: true);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            text = "{}";
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            return ApiFailure.Validation($"The request body is not valid JSON: {exception.Message}");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            return ApiFailure.Validation("The request body must be a JSON object.");
        }

        return document;
    }

    /// <summary>
    /// Reads the body as a JSON object and converts it with <paramref name="parse"/>.
    /// </summary>
    public static async Task<Result<T>> ParseAsync<T>(HttpRequest request, Func<JsonElement, Result<T>> parse, CancellationToken cancellationToken)
        where T : class
    {
        var body = await ReadObjectAsync(request, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Failure;
        }

        using var document = body.Value;
        return parse(document.RootElement);
    }

    /// <summary>
    /// Reads a required, non-blank string member. Adds one problem to <paramref name="problems"/> and returns
    /// null when it is missing, not a string or blank.
    /// </summary>
    public static string? RequiredString(JsonElement body, string name, List<string> problems)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            problems.Add($"{name} is required.");
            return null;
        }

        return NonBlankString(value, name, problems);
    }

    /// <summary>
    /// Reads an optional string member: null when absent, otherwise like <see cref="RequiredString"/>.
    /// </summary>
    public static string? OptionalString(JsonElement body, string name, List<string> problems) =>
        body.TryGetProperty(name, out var value) ? NonBlankString(value, name, problems) : null;

    private static string? NonBlankString(JsonElement value, string name, List<string> problems)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add($"{name} must be a string.");
            return null;
        }

        var text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add($"{name} must not be empty.");
            return null;
        }

        return text;
    }
}
