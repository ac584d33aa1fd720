using System.Text.Json;
using CargomanStandIn.Customers;

namespace CargomanStandIn.Api;

/// <summary>
/// Parses the body of <c>POST /customers/{id}/freeze</c>:
/// <c>{"versions": [{"package": "vendor/core", "version": "2.5.0"}]}</c>, at least one entry and at most
/// one per package. Whether each version may be frozen is checked against the customer and the catalogue later.
/// </summary>
internal static class FreezeRequest
{
    public static Result<List<FrozenVersion>> Parse(JsonElement body)
    {
        if (!body.TryGetProperty("versions", out var versions) || versions.ValueKind != JsonValueKind.Array)
        {
            return ApiFailure.Validation("versions is required: a list of {\"package\", \"version\"} objects.");
        }

        if (versions.GetArrayLength() == 0)
        {
            return ApiFailure.Validation("versions must list at least one {\"package\", \"version\"} object.");
        }

        var problems = new List<string>();
        var result = new List<FrozenVersion>();
        for (var index = 0; index < versions.GetArrayLength(); index++)
        {
            var entry = versions[index];
            if (entry.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"versions[{index}] must be an object.");
                continue;
            }

            var entryProblems = new List<string>();
            var package = JsonBody.RequiredString(entry, "package", entryProblems);
            var version = JsonBody.RequiredString(entry, "version", entryProblems);
            problems.AddRange(entryProblems.Select(problem => $"versions[{index}]: {problem}"));
            if (package is null || version is null)
            {
                continue;
            }

            if (result.Any(existing => string.Equals(existing.Package, package, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"versions lists package '{package}' more than once.");
                continue;
            }

            result.Add(new FrozenVersion(package, version));
        }

        return problems.Count > 0 ? ApiFailure.Validation(string.Join(" ", problems)) : result;
    }
}
