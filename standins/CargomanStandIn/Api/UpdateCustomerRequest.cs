using System.Text.Json;

namespace CargomanStandIn.Api;

/// <summary>
/// Body of <c>PATCH /customers/{id}</c>: <c>name</c> and <c>email</c>, each optional. The external id
/// identifies the customer and cannot change.
/// </summary>
internal sealed record UpdateCustomerRequest(string? Name, string? Email)
{
    public static Result<UpdateCustomerRequest> Parse(JsonElement body)
    {
        var problems = new List<string>();
        var name = JsonBody.OptionalString(body, "name", problems);
        var email = JsonBody.OptionalString(body, "email", problems);

        if (email is not null && !EmailAddress.IsPlausible(email))
        {
            problems.Add($"email '{email}' is not a valid e-mail address.");
        }

        if (body.TryGetProperty("external_id", out _))
        {
            problems.Add("external_id cannot be changed.");
        }

        if (problems.Count > 0)
        {
            return ApiFailure.Validation(string.Join(" ", problems));
        }

        return new UpdateCustomerRequest(name, email);
    }
}
