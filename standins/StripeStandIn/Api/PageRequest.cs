using System.Diagnostics.CodeAnalysis;

namespace StripeStandIn.Api;

/// <summary>
/// Stripe's cursor pagination parameters: <c>limit</c> (1 to 100, default 10) and at most one of
/// <c>starting_after</c> (page toward older objects) and <c>ending_before</c> (page toward newer ones).
/// </summary>
internal sealed record PageRequest(int Limit, string? StartingAfter, string? EndingBefore)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;

    public static bool TryParse(
        IQueryCollection query,
        [NotNullWhen(true)] out PageRequest? page,
        [NotNullWhen(false)] out StripeError? error)
    {
        page = null;
        var limit = (long)DefaultLimit;
        var limitText = QueryParameters.GetSingle(query, "limit");
        if (limitText is not null && !QueryParameters.TryParseInteger("limit", limitText, out limit, out error))
        {
            return false;
        }

        if (limit < 1)
        {
            error = StripeError.InvalidRequest("This value must be greater than or equal to 1.", "limit");
            return false;
        }

        if (limit > MaxLimit)
        {
            error = StripeError.InvalidRequest($"This value must be less than or equal to {MaxLimit}.", "limit");
            return false;
        }

        var startingAfter = QueryParameters.GetSingle(query, "starting_after");
        var endingBefore = QueryParameters.GetSingle(query, "ending_before");
        if (startingAfter is not null && endingBefore is not null)
        {
            error = StripeError.InvalidRequest(
                "You may only specify one of these parameters: ending_before, starting_after.", "ending_before");
            return false;
        }

        page = new PageRequest((int)limit, startingAfter, endingBefore);
        error = null;
        return true;
    }
}
