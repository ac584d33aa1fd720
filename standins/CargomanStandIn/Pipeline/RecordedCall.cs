using System.Text.Json.Nodes;

namespace CargomanStandIn.Pipeline;

/// <summary>
/// One /api request as <c>GET /_standin/calls</c> lists it.
/// </summary>
/// <param name="Sequence">Position since start or the last reset, from 1.</param>
/// <param name="Time">When the request arrived, RFC 3339 with milliseconds.</param>
/// <param name="Query">Query string including '?', or null when there is none.</param>
/// <param name="Caller">Role of the bearer token, or null when the request was rejected before authentication.</param>
/// <param name="Body">Request body of writes with secret members replaced, or null for reads and empty bodies.</param>
internal sealed record RecordedCall(
    long Sequence,
    string Time,
    string Method,
    string Path,
    string? Query,
    int Status,
    CallerRole? Caller,
    JsonNode? Body);
