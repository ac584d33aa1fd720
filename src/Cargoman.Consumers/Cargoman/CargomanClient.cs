using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cargoman.Consumers.Packages;

namespace Cargoman.Consumers.Cargoman;

/// <summary>
/// Cargoman's REST API: customers, their status, their package grants and the packages' versions.
/// </summary>
/// <remarks>
/// Every method is safe to repeat. Retries, timeouts and pacing come from the handlers registered
/// with this typed client; this class only maps calls and responses.
/// </remarks>
internal sealed class CargomanClient(HttpClient httpClient)
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Returns the customer whose external id is <paramref name="externalId"/>, or null when there is none.</summary>
    public async Task<CargomanCustomer?> FindByExternalIdAsync(string externalId, CancellationToken cancellationToken)
    {
        var data = await SendAsync(HttpMethod.Get, $"customers/by-external/{Uri.EscapeDataString(externalId)}", null, cancellationToken, notFoundIsNull: true);
        return data is { } customer ? ReadCustomer(customer) : null;
    }

    public async Task<CargomanCustomer> GetCustomerAsync(string id, CancellationToken cancellationToken)
    {
        var data = await SendAsync(HttpMethod.Get, $"customers/{Uri.EscapeDataString(id)}", null, cancellationToken);
        return ReadCustomer(data!.Value);
    }

    /// <summary>Creates a customer; 409 CONFLICT (it exists already) is passed to the caller.</summary>
    public async Task<CargomanCustomer> CreateCustomerAsync(string name, string email, string externalId, CancellationToken cancellationToken)
    {
        var body = new { name, email, external_id = externalId };
        var data = await SendAsync(HttpMethod.Post, "customers", body, cancellationToken);
        return ReadCustomer(data!.Value);
    }

    public async Task<IReadOnlyList<PackageGrant>> GetGrantsAsync(string customerId, CancellationToken cancellationToken)
    {
        var data = await SendAsync(HttpMethod.Get, $"customers/{Uri.EscapeDataString(customerId)}/packages", null, cancellationToken);
        return ReadGrants(data!.Value);
    }

    /// <summary>Replaces every grant of the customer in one call.</summary>
    public Task ReplaceGrantsAsync(string customerId, IReadOnlyList<PackageGrant> grants, CancellationToken cancellationToken)
    {
        var body = new { packages = grants.Select(grant => new { package = grant.Package, constraint = grant.Constraint }) };
        return SendAsync(HttpMethod.Put, $"customers/{Uri.EscapeDataString(customerId)}/packages", body, cancellationToken);
    }

    public Task SuspendAsync(string customerId, string reason, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"customers/{Uri.EscapeDataString(customerId)}/suspend", new { reason }, cancellationToken);

    public Task ReactivateAsync(string customerId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"customers/{Uri.EscapeDataString(customerId)}/reactivate", null, cancellationToken);

    public Task FreezeAsync(string customerId, IReadOnlyList<FrozenVersion> versions, CancellationToken cancellationToken)
    {
        var body = new { versions = versions.Select(version => new { package = version.Package, version = version.Version }) };
        return SendAsync(HttpMethod.Post, $"customers/{Uri.EscapeDataString(customerId)}/freeze", body, cancellationToken);
    }

    /// <summary>
    /// Expires the customer.
    /// </summary>
    /// <remarks>
    /// NOTE: Cargoman documents expiry only as pseudo-code. This path follows the pattern of suspend,
    /// reactivate and freeze; it is the one place to change if the real server differs.
    /// </remarks>
    public Task ExpireAsync(string customerId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"customers/{Uri.EscapeDataString(customerId)}/expire", null, cancellationToken);

    /// <summary>Returns the package's versions with their yank and deprecation flags, or null when Cargoman does not know the package.</summary>
    public async Task<IReadOnlyList<PackageVersionInfo>?> GetPackageVersionsAsync(string package, CancellationToken cancellationToken)
    {
        var data = await SendAsync(HttpMethod.Get, $"packages/{package}", null, cancellationToken, notFoundIsNull: true);
        if (data is not { } details)
        {
            return null;
        }

        var versions = details.ValueKind == JsonValueKind.Object && details.TryGetProperty("versions", out var list) ? list : details;
        if (versions.ValueKind != JsonValueKind.Array)
        {
            throw new CargomanApiException(HttpStatusCode.OK, null, "the package details contain no versions array", $"GET packages/{package}");
        }

        var result = new List<PackageVersionInfo>();
        foreach (var entry in versions.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.String)
            {
                result.Add(new PackageVersionInfo(entry.GetString()!, Yanked: false, Deprecated: false));
            }
            else if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String)
            {
                result.Add(new PackageVersionInfo(version.GetString()!, ReadFlag(entry, "yanked"), ReadFlag(entry, "deprecated")));
            }
        }

        return result;
    }

    private async Task<JsonElement?> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken, bool notFoundIsNull = false)
    {
        var operation = $"{method} {path}";
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: s_json);
        }

        using var response = await httpClient.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);

        if (notFoundIsNull && response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw CargomanResponse.ReadError(response.StatusCode, text, operation);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return default(JsonElement);
        }

        using var document = JsonDocument.Parse(text);
        return CargomanResponse.ReadData(document.RootElement).Clone();
    }

    private static CargomanCustomer ReadCustomer(JsonElement customer)
    {
        string? Read(string name) =>
            customer.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        var id = Read("id") ?? throw new CargomanApiException(HttpStatusCode.OK, null, "the customer has no id", "reading a customer");
        var status = Read("status") ?? throw new CargomanApiException(HttpStatusCode.OK, null, $"customer {id} has no status", "reading a customer");
        return new CargomanCustomer(id, Read("external_id"), status);
    }

    private static List<PackageGrant> ReadGrants(JsonElement data)
    {
        // The list is either the payload itself or its "packages" field.
        var list = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("packages", out var packages) ? packages : data;
        var grants = new List<PackageGrant>();
        if (list.ValueKind != JsonValueKind.Array)
        {
            return grants;
        }

        foreach (var entry in list.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.Object
                && entry.TryGetProperty("package", out var package) && package.ValueKind == JsonValueKind.String)
            {
                var constraint = entry.TryGetProperty("constraint", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "*";
                grants.Add(new PackageGrant(package.GetString()!, constraint));
            }
        }

        return grants;
    }

    private static bool ReadFlag(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
