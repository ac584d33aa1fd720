using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cargoman.Poller.Webhooks;

/// <summary>
/// The webhook endpoint and the health checks, served on the webhook port.
/// </summary>
internal static class WebhookEndpoints
{
    /// <summary>The tag of the checks that <c>/health/ready</c> runs: MassTransit's bus check, the broker and the database checks.</summary>
    public const string ReadyTag = "ready";

    private const int ReadChunkBytes = 16 * 1024;

    public static IEndpointRouteBuilder MapWebhookEndpoints(this IEndpointRouteBuilder endpoints, string path)
    {
        endpoints.MapPost(path, ReceiveAsync);

        // Live: the process serves HTTP. Ready: the broker and the database respond.
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteHealthAsync });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(ReadyTag),
            ResponseWriter = WriteHealthAsync,
        });
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, WebhookReceiver receiver, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(request, receiver.MaxBodyBytes, cancellationToken);
        var result = body is null
            ? receiver.RejectTooLarge()
            : await receiver.ReceiveAsync(body, request.Headers[StripeSignatureVerifier.HeaderName], cancellationToken);

        return result.StatusCode is >= 200 and < 300
            ? Results.Json(new { status = result.Message }, statusCode: result.StatusCode)
            : Results.Problem(detail: result.Message, statusCode: result.StatusCode);
    }

    /// <summary>Reads the raw body, or returns null as soon as it is longer than <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var body = new MemoryStream();
        var chunk = new byte[ReadChunkBytes];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (body.Length + read > maxBytes)
            {
                return null;
            }

            body.Write(chunk, 0, read);
        }

        return body.ToArray();
    }

    /// <summary>Writes the overall status and each check's status, without descriptions or exceptions.</summary>
    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var checks = report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString(), StringComparer.Ordinal);
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString(), checks }));
    }
}
