using System.Diagnostics.CodeAnalysis;

namespace StripeStandIn.Api;

/// <summary>
/// Stripe's <c>created</c> list filter: an exact <c>created=&lt;unix&gt;</c> or a range of
/// <c>created[gt]</c>, <c>created[gte]</c>, <c>created[lt]</c>, <c>created[lte]</c> (Unix seconds). All given bounds apply.
/// </summary>
internal sealed record CreatedFilter(long? Equal, long? After, long? AtOrAfter, long? Before, long? AtOrBefore)
{
    public static readonly IReadOnlyList<string> ParameterNames =
        ["created", "created[gt]", "created[gte]", "created[lt]", "created[lte]"];

    public bool Matches(long created) =>
        (Equal is null || created == Equal)
        && (After is null || created > After)
        && (AtOrAfter is null || created >= AtOrAfter)
        && (Before is null || created < Before)
        && (AtOrBefore is null || created <= AtOrBefore);

    public static bool TryParse(
        IQueryCollection query,
        [NotNullWhen(true)] out CreatedFilter? filter,
        [NotNullWhen(false)] out StripeError? error)
    {
        filter = null;
        var bounds = new long?[ParameterNames.Count];
        for (var i = 0; i < ParameterNames.Count; i++)
        {
            var text = QueryParameters.GetSingle(query, ParameterNames[i]);
            if (text is null)
            {
                continue;
            }

            if (!QueryParameters.TryParseInteger(ParameterNames[i], text, out var seconds, out error))
            {
                return false;
            }

            bounds[i] = seconds;
        }

        filter = new CreatedFilter(bounds[0], bounds[1], bounds[2], bounds[3], bounds[4]);
        error = null;
        return true;
    }
}
