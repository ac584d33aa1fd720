using System.Diagnostics.CodeAnalysis;
using StripeStandIn.State;

namespace StripeStandIn.Api;

/// <summary>
/// Filters of <c>GET /v1/events</c>: <c>created</c>, <c>type</c> (one type, <c>*</c> wildcard) or <c>types[]</c>
/// (up to 20 exact types), and <c>delivery_success</c>.
/// </summary>
/// <param name="DeliverySuccess">
/// The <c>delivery_success</c> value. The stand-in delivers no webhooks and reports every event as delivered,
/// so <c>false</c> matches no event.
/// </param>
internal sealed record EventListFilter(CreatedFilter Created, string? TypePattern, IReadOnlySet<string> Types, bool DeliverySuccess)
{
    public const int MaxTypes = 20;

    public static readonly IReadOnlyList<string> SupportedParameters =
    [
        "limit", "starting_after", "ending_before", .. CreatedFilter.ParameterNames,
        "type", "types[]", "delivery_success", "expand[]",
    ];

    public bool Matches(StoredEvent stored) =>
        DeliverySuccess
        && Created.Matches(stored.Created)
        && (TypePattern is null || EventTypePattern.IsMatch(TypePattern, stored.Type))
        && (Types.Count == 0 || Types.Contains(stored.Type));

    public static bool TryParse(
        IQueryCollection query,
        [NotNullWhen(true)] out EventListFilter? filter,
        [NotNullWhen(false)] out StripeError? error)
    {
        filter = null;
        if (!CreatedFilter.TryParse(query, out var created, out error))
        {
            return false;
        }

        var typePattern = QueryParameters.GetSingle(query, "type");
        var types = QueryParameters.GetArray(query, "types");
        if (typePattern is not null && types.Count > 0)
        {
            error = StripeError.InvalidRequest("You may only specify one of these parameters: type, types.", "types");
            return false;
        }

        if (types.Count > MaxTypes)
        {
            error = StripeError.InvalidRequest(
                $"Invalid array: types may contain at most {MaxTypes} event types, found {types.Count}.", "types");
            return false;
        }

        var deliverySuccess = QueryParameters.GetSingle(query, "delivery_success");
        if (deliverySuccess is not null and not "true" and not "false")
        {
            error = StripeError.InvalidRequest($"Invalid boolean: {deliverySuccess}", "delivery_success");
            return false;
        }

        filter = new EventListFilter(created, typePattern, types.ToHashSet(StringComparer.Ordinal), deliverySuccess != "false");
        error = null;
        return true;
    }
}
