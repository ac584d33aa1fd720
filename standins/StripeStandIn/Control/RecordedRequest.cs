namespace StripeStandIn.Control;

/// <summary>
/// A served <c>/v1</c> request, for tests that assert which filters a client sent.
/// </summary>
/// <param name="Query">The query string as received, percent-encoded, with its leading <c>?</c>.</param>
/// <param name="Parameters">The decoded query parameters, for example <c>"types[0]": ["invoice.paid"]</c>.</param>
/// <param name="Status">The HTTP status returned.</param>
/// <param name="ReceivedAtMs">Unix milliseconds at which the request arrived.</param>
internal sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string?[]> Parameters,
    int Status,
    long ReceivedAtMs,
    string? StripeAccount,
    string? StripeVersion,
    string? IdempotencyKey)
{
    public static RecordedRequest From(HttpContext context, DateTimeOffset receivedAt)
    {
        var request = context.Request;
        return new RecordedRequest(
            request.Method,
            request.Path.Value ?? string.Empty,
            request.QueryString.Value ?? string.Empty,
            request.Query.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal),
            context.Response.StatusCode,
            receivedAt.ToUnixTimeMilliseconds(),
            HeaderOrNull(request, "Stripe-Account"),
            HeaderOrNull(request, "Stripe-Version"),
            HeaderOrNull(request, "Idempotency-Key"));
    }

    private static string? HeaderOrNull(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var values) ? values.ToString() : null;
}
