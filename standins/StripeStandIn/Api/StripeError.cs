using System.Text;
using System.Text.Json.Nodes;
using StripeStandIn.Rendering;

namespace StripeStandIn.Api;

/// <summary>
/// An error response in Stripe's shape: <c>{"error": {"code", "doc_url", "message", "param", "type"}}</c>.
/// </summary>
/// <param name="Type">Stripe's error type: <c>invalid_request_error</c>, <c>api_error</c>, <c>rate_limit_error</c> ...</param>
/// <param name="Code">Stripe's error code such as <c>resource_missing</c>, from which the <c>doc_url</c> follows.</param>
/// <param name="Param">The request parameter at fault.</param>
internal sealed record StripeError(int StatusCode, string Type, string Message, string? Code = null, string? Param = null)
{
    public static StripeError InvalidRequest(string message, string? param = null) =>
        new(StatusCodes.Status400BadRequest, "invalid_request_error", message, Param: param);

    /// <summary>Creates Stripe's <c>No such customer: 'cus_x'</c> error.</summary>
    public static StripeError NoSuch(string objectName, string id, string param, int statusCode = StatusCodes.Status404NotFound) =>
        new(statusCode, "invalid_request_error", $"No such {objectName}: '{id}'", "resource_missing", param);

    public static StripeError UnrecognizedUrl(string method, string path) =>
        new(
            StatusCodes.Status404NotFound,
            "invalid_request_error",
            $"Unrecognized request URL ({method}: {path}). The Stripe stand-in serves only GET /v1/events, "
            + "/v1/events/{id}, /v1/customers/{id}, /v1/subscriptions, /v1/subscriptions/{id} and /v1/invoices/{id}.");

    public string ToJson()
    {
        var error = new JsonObject();
        if (Code is not null)
        {
            error["code"] = Code;
            error["doc_url"] = $"https://stripe.com/docs/error-codes/{Code.Replace('_', '-')}";
        }

        error["message"] = Message;
        if (Param is not null)
        {
            error["param"] = Param;
        }

        error["type"] = Type;
        return new JsonObject { ["error"] = error }.ToJsonString(StripeJson.Options);
    }

    public IResult ToResult() => Results.Text(ToJson(), "application/json", Encoding.UTF8, StatusCode);
}
