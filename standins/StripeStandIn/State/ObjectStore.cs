using StripeStandIn.Rendering;

namespace StripeStandIn.State;

/// <summary>
/// Every version of every object. An object's current state is its newest released version, ordered by the
/// event's <c>created</c> and then by position in the scenario. Immutable after start, so safe for concurrent reads.
/// </summary>
internal sealed class ObjectStore
{
    private readonly Dictionary<string, ObjectVersion[]> _versionsById;

    public ObjectStore(IEnumerable<ObjectVersion> versions)
    {
        _versionsById = versions
            .GroupBy(version => version.Id, StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => group.OrderBy(version => version.Created).ThenBy(version => version.Index).ToArray(),
                StringComparer.Ordinal);
    }

    public int CountOfKind(ObjectKind kind) =>
        _versionsById.Values.Count(versions => versions[0].Kind == kind);

    /// <summary>Returns the current state of the object, or null when it is unknown, of another kind, or not released yet.</summary>
    public ObjectVersion? FindCurrent(string id, ObjectKind kind, DateTimeOffset now)
    {
        if (!_versionsById.TryGetValue(id, out var versions) || versions[0].Kind != kind)
        {
            return null;
        }

        return versions.LastOrDefault(version => version.ReleasedAt <= now);
    }

    /// <summary>
    /// Returns the current state of every released object of one kind, the most recently created object first
    /// (by its first version's <c>created</c>, then by its position in the scenario).
    /// </summary>
    public IReadOnlyList<ObjectVersion> CurrentOfKind(ObjectKind kind, DateTimeOffset now) =>
        _versionsById.Values
            .Where(versions => versions[0].Kind == kind)
            .OrderByDescending(versions => versions[0].Created)
            .ThenByDescending(versions => versions[0].Index)
            .Select(versions => versions.LastOrDefault(version => version.ReleasedAt <= now))
            .OfType<ObjectVersion>()
            .ToList();
}
