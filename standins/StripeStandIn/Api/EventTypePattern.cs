namespace StripeStandIn.Api;

/// <summary>
/// Matches event types against the <c>type</c> filter of <c>GET /v1/events</c>, where <c>*</c> stands for any
/// run of characters (<c>customer.subscription.*</c>, <c>*</c>).
/// </summary>
internal static class EventTypePattern
{
    public static bool IsMatch(string pattern, string type)
    {
        var parts = pattern.Split('*');
        if (parts.Length == 1)
        {
            return string.Equals(pattern, type, StringComparison.Ordinal);
        }

        if (!type.StartsWith(parts[0], StringComparison.Ordinal) || !type.EndsWith(parts[^1], StringComparison.Ordinal))
        {
            return false;
        }

        // Each middle part must appear in order between the prefix and the suffix.
        var position = parts[0].Length;
        var end = type.Length - parts[^1].Length;
        foreach (var part in parts[1..^1])
        {
            var found = type.IndexOf(part, position, StringComparison.Ordinal);
            if (found < 0 || found + part.Length > end)
            {
                return false;
            }

            position = found + part.Length;
        }

        return position <= end;
    }
}
