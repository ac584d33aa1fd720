using Cargoman.Contracts;
using Cargoman.Poller.Replay;

namespace Cargoman.Poller.CommandLine;

/// <summary>
/// Checks the options of the <c>replay</c> command and turns them into a <see cref="ReplayRequest"/>.
/// </summary>
internal static class ReplayArguments
{
    /// <summary>
    /// Returns the request, or one line per invalid option in <paramref name="errors"/> and null.
    /// </summary>
    public static ReplayRequest? Validate(
        string? from,
        string? to,
        IReadOnlyList<string> types,
        string? customer,
        bool dryRun,
        bool reprocess,
        string source,
        DateTimeOffset now,
        out List<string> errors)
    {
        errors = [];
        var fromValid = ParseTime("--from", from, now, errors, out var fromTime);
        var toValid = ParseTime("--to", to, now, errors, out var toTime);
        if (fromValid && toValid && fromTime > toTime)
        {
            errors.Add($"--from {OperatorTime.Format(fromTime)} is after --to {OperatorTime.Format(toTime)}; give the earlier time as --from.");
        }

        foreach (var type in types.Where(t => !StripeEventTypes.All.Contains(t, StringComparer.Ordinal)))
        {
            errors.Add($"--type '{type}' is not a handled event type; use one of {string.Join(", ", StripeEventTypes.All)}.");
        }

        if (customer is not null && !customer.StartsWith("cus_", StringComparison.Ordinal))
        {
            errors.Add($"--customer '{customer}' is not a Stripe customer id; it starts with cus_.");
        }

        ReplaySource? parsedSource = source.Trim().ToLowerInvariant() switch
        {
            "auto" => ReplaySource.Auto,
            "stripe" => ReplaySource.Stripe,
            "archive" => ReplaySource.Archive,
            _ => null,
        };
        if (parsedSource is null)
        {
            errors.Add($"--source '{source}' is invalid; use stripe, archive or auto.");
        }

        return errors.Count > 0
            ? null
            : new ReplayRequest(fromTime, toTime, [.. types.Distinct(StringComparer.Ordinal)], customer, dryRun, reprocess, parsedSource!.Value);
    }

    private static bool ParseTime(string option, string? value, DateTimeOffset now, List<string> errors, out DateTimeOffset time)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{option} is missing; give an ISO 8601 date or date-time such as 2026-11-20 or 2026-11-20T08:00:00Z.");
            time = default;
            return false;
        }

        if (!OperatorTime.TryParse(value, out time))
        {
            errors.Add($"{option} '{value}' is not an ISO 8601 date or date-time such as 2026-11-20 or 2026-11-20T08:00:00Z.");
            return false;
        }

        if (time > now)
        {
            errors.Add($"{option} {OperatorTime.Format(time)} is in the future; the time now is {OperatorTime.Format(now)}.");
            return false;
        }

        return true;
    }
}
