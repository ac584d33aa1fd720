namespace StripeStandIn.Api;

/// <summary>
/// Cuts one page out of a list in Stripe's order (newest first) the way Stripe's cursors do.
/// </summary>
internal static class CursorPager
{
    /// <summary>
    /// Returns the page of items that match <paramref name="filter"/>: after the <c>starting_after</c> item, or
    /// the <c>limit</c> items just before the <c>ending_before</c> item (still newest first), or from the start.
    /// The cursor is looked up in the whole list, so it may be an item the filter excludes.
    /// </summary>
    /// <param name="objectName">Name for the error about an unknown cursor: <c>No such event: 'evt_x'</c>.</param>
    /// <returns>The page, or null with <paramref name="error"/> set when the cursor id is not in the list.</returns>
    public static (IReadOnlyList<T> Data, bool HasMore)? Page<T>(
        IReadOnlyList<T> ordered,
        Func<T, string> idOf,
        Func<T, bool> filter,
        PageRequest page,
        string objectName,
        out StripeError? error)
    {
        error = null;
        var cursorId = page.StartingAfter ?? page.EndingBefore;
        var cursorIndex = -1;
        if (cursorId is not null)
        {
            cursorIndex = FindIndex(ordered, idOf, cursorId);
            if (cursorIndex < 0)
            {
                var param = page.StartingAfter is not null ? "starting_after" : "ending_before";
                error = StripeError.NoSuch(objectName, cursorId, param, StatusCodes.Status400BadRequest);
                return null;
            }
        }

        if (page.EndingBefore is not null)
        {
            var newer = ordered.Take(cursorIndex).Where(filter).ToList();
            var data = newer.Skip(Math.Max(0, newer.Count - page.Limit)).ToList();
            return (data, newer.Count > page.Limit);
        }

        var older = ordered.Skip(cursorIndex + 1).Where(filter).Take(page.Limit + 1).ToList();
        return (older.Take(page.Limit).ToList(), older.Count > page.Limit);
    }

    private static int FindIndex<T>(IReadOnlyList<T> ordered, Func<T, string> idOf, string id)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            if (string.Equals(idOf(ordered[i]), id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
