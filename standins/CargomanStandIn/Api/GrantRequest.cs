using System.Text.Json;
using CargomanStandIn.Customers;
using CargomanStandIn.Packages;

namespace CargomanStandIn.Api;

/// <summary>
/// Parses grant bodies: <c>{"package": "vendor/addon", "constraint": "^1.0"}</c> for one grant and
/// <c>{"packages": [...]}</c> for a full replacement. Each package must exist in the catalogue, and the
/// parsed grant carries the catalogue's spelling of the name.
/// </summary>
/// <remarks>
/// NOTE: the constraint must be a non-empty string, but its Composer syntax is not checked.
/// </remarks>
internal static class GrantRequest
{
    public static Result<Grant> ParseOne(JsonElement body, Catalogue catalogue)
    {
        var problems = new List<string>();
        var grant = ReadGrant(body, catalogue, problems);
        return grant is not null && problems.Count == 0 ? grant : ApiFailure.Validation(string.Join(" ", problems));
    }

    public static Result<List<Grant>> ParseList(JsonElement body, Catalogue catalogue)
    {
        if (!body.TryGetProperty("packages", out var packages) || packages.ValueKind != JsonValueKind.Array)
        {
            return ApiFailure.Validation("packages is required: a list of {\"package\", \"constraint\"} objects, empty to revoke every grant.");
        }

        var problems = new List<string>();
        var grants = new List<Grant>();
        for (var index = 0; index < packages.GetArrayLength(); index++)
        {
            var entry = packages[index];
            if (entry.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"packages[{index}] must be an object.");
                continue;
            }

            var entryProblems = new List<string>();
            var grant = ReadGrant(entry, catalogue, entryProblems);
            problems.AddRange(entryProblems.Select(problem => $"packages[{index}]: {problem}"));
            if (grant is null)
            {
                continue;
            }

            if (grants.Any(existing => existing.Package == grant.Package))
            {
                problems.Add($"packages lists '{grant.Package}' more than once.");
                continue;
            }

            grants.Add(grant);
        }

        return problems.Count > 0 ? ApiFailure.Validation(string.Join(" ", problems)) : grants;
    }

    private static Grant? ReadGrant(JsonElement entry, Catalogue catalogue, List<string> problems)
    {
        var package = JsonBody.RequiredString(entry, "package", problems);
        var constraint = JsonBody.RequiredString(entry, "constraint", problems);
        if (package is null || constraint is null)
        {
            return null;
        }

        var details = catalogue.Find(package);
        if (details is null)
        {
            problems.Add($"Package '{package}' does not exist.");
            return null;
        }

        return new Grant(details.Name, constraint);
    }
}
