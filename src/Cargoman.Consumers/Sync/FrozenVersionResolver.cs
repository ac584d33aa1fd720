using Cargoman.Consumers.Cargoman;
using Cargoman.Consumers.Packages;
using Microsoft.Extensions.Logging;

namespace Cargoman.Consumers.Sync;

/// <summary>
/// Picks the versions a customer is frozen to: for each grant, the newest non-yanked version that its constraint allows.
/// </summary>
internal sealed class FrozenVersionResolver(CargomanClient cargoman, ILogger<FrozenVersionResolver> logger)
{
    public async Task<IReadOnlyList<FrozenVersion>> ResolveAsync(string externalId, IReadOnlyList<PackageGrant> grants, CancellationToken cancellationToken)
    {
        var versions = new List<FrozenVersion>();
        foreach (var grant in grants)
        {
            var available = await cargoman.GetPackageVersionsAsync(grant.Package, cancellationToken);
            if (available is null)
            {
                Log.FreezePackageUnknown(logger, externalId, grant.Package);
                continue;
            }

            string? version;
            try
            {
                version = FreezeVersionSelector.SelectNewest(grant.Constraint, available);
            }
            catch (FormatException exception)
            {
                // A grant made outside this service may carry a constraint Composer would reject too.
                Log.FreezeConstraintInvalid(logger, externalId, grant.Package, exception.Message);
                continue;
            }

            if (version is null)
            {
                Log.FreezeNoVersion(logger, externalId, grant.Package, grant.Constraint);
                continue;
            }

            versions.Add(new FrozenVersion(grant.Package, version));
        }

        return versions;
    }
}
