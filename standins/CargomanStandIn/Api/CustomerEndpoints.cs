using System.Globalization;
using CargomanStandIn.Customers;

namespace CargomanStandIn.Api;

/// <summary>
/// Customer create, list, get, look-up by external id, update and delete.
/// </summary>
internal static class CustomerEndpoints
{
    private const int DefaultPerPage = 20;
    private const int MaxPerPage = 100;

    public static RouteGroupBuilder MapCustomerEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/customers", CreateAsync);
        api.MapGet("/customers", List);
        api.MapGet("/customers/by-external/{externalId}", GetByExternalId);
        api.MapGet("/customers/{id}", Get);
        api.MapPatch("/customers/{id}", UpdateAsync);
        api.MapDelete("/customers/{id}", Delete);
        return api;
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, CustomerStore store, ApiResponses responses, CancellationToken cancellationToken)
    {
        var parsed = await JsonBody.ParseAsync(request, CreateCustomerRequest.Parse, cancellationToken);
        if (!parsed.Succeeded)
        {
            return ApiResponses.Error(parsed.Failure);
        }

        var created = store.Create(parsed.Value.Name, parsed.Value.Email, parsed.Value.ExternalId);
        return ApiResponses.From(created, customer => responses.Customer(customer, StatusCodes.Status201Created));
    }

    private static IResult List(HttpRequest request, CustomerStore store, ApiResponses responses)
    {
        var problems = new List<string>();
        var status = ReadStatus(request.Query["status"], problems);
        var page = ReadPositiveInt(request.Query["page"], "page", 1, int.MaxValue, problems);
        var perPage = ReadPositiveInt(request.Query["per_page"], "per_page", DefaultPerPage, MaxPerPage, problems);
        if (problems.Count > 0)
        {
            return ApiResponses.Error(ApiFailure.Validation(string.Join(" ", problems)));
        }

        var result = store.List(status, page, perPage);
        var totalPages = (result.Total + perPage - 1) / perPage;
        return responses.Page(result.Items, new Pagination(page, perPage, result.Total, totalPages));
    }

    private static IResult Get(string id, CustomerStore store, ApiResponses responses)
    {
        var customer = store.Find(id);
        return customer is null ? ApiResponses.Error(ApiFailure.CustomerNotFound()) : responses.Customer(customer);
    }

    private static IResult GetByExternalId(string externalId, CustomerStore store, ApiResponses responses)
    {
        var customer = store.FindByExternalId(externalId);
        return customer is null ? ApiResponses.Error(ApiFailure.CustomerNotFound()) : responses.Customer(customer);
    }

    private static async Task<IResult> UpdateAsync(string id, HttpRequest request, CustomerStore store, ApiResponses responses, CancellationToken cancellationToken)
    {
        var parsed = await JsonBody.ParseAsync(request, UpdateCustomerRequest.Parse, cancellationToken);
        if (!parsed.Succeeded)
        {
            return ApiResponses.Error(parsed.Failure);
        }

        var updated = store.Update(id, (customer, now) => Apply(customer, parsed.Value, now));
        return ApiResponses.From(updated, customer => responses.Object(customer));
    }

    private static IResult Delete(string id, CustomerStore store) =>
        store.Delete(id) ? Results.NoContent() : ApiResponses.Error(ApiFailure.CustomerNotFound());

    private static Result<CustomerView> Apply(Customer customer, UpdateCustomerRequest update, DateTimeOffset now)
    {
        var name = update.Name ?? customer.Name;
        var email = update.Email ?? customer.Email;
        if (name != customer.Name || email != customer.Email)
        {
            customer.Name = name;
            customer.Email = email;
            customer.UpdatedAt = now;
        }

        return customer.ToView();
    }

    private static CustomerStatus? ReadStatus(string? text, List<string> problems)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        foreach (var status in Enum.GetValues<CustomerStatus>())
        {
            if (text == status.ToString().ToLowerInvariant())
            {
                return status;
            }
        }

        problems.Add($"status '{text}' is invalid. Use active, suspended, frozen or expired.");
        return null;
    }

    private static int ReadPositiveInt(string? text, string name, int defaultValue, int maxValue, List<string> problems)
    {
        if (string.IsNullOrEmpty(text))
        {
            return defaultValue;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1 || value > maxValue)
        {
            problems.Add($"{name} '{text}' is invalid. Use a whole number from 1 to {maxValue}.");
            return defaultValue;
        }

        return value;
    }
}
