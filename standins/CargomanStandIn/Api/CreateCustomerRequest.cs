using System.Text.Json;

namespace CargomanStandIn.Api;

/// <summary>
/// Body of <c>POST /customers</c>: <c>{"name", "email", "external_id"}</c>, all required.
/// </summary>
internal sealed record CreateCustomerRequest(string Name, string Email, string ExternalId)
{
    public static Result<CreateCustomerRequest> Parse(JsonElement body)
    {
        var problems = new List<string>();
        var name = JsonBody.RequiredString(body, "name", problems);
        var email = JsonBody.RequiredString(body, "email", problems);
        if (email is not null && !EmailAddress.IsPlausible(email))
        {
            problems.Add($"email '{email}' is not a valid e-mail address.");
        }

        var externalId = JsonBody.RequiredString(body, "external_id", problems);

        if (problems.Count > 0)
        {
            return ApiFailure.Validation(string.Join(" ", problems));
        }

        return new CreateCustomerRequest(name!, email!, externalId!);
    }
}
