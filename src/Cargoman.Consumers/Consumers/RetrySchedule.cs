using System.Globalization;

namespace Cargoman.Consumers.Consumers;

/// <summary>
/// Parses the message retry intervals of <c>Sync:RetryIntervals</c>: a comma-separated list of <see cref="TimeSpan"/>
/// values such as <c>00:00:01,00:00:05</c>, where <c>14*00:01:00</c> stands for 14 waits of one minute.
/// </summary>
internal static class RetrySchedule
{
    /// <summary>The maximum number of waits in a schedule, so that a typo such as <c>1400*</c> is rejected.</summary>
    public const int MaxCount = 100;

    /// <summary>Returns the waits in order; throws <see cref="FormatException"/> naming the invalid entry.</summary>
    public static TimeSpan[] Parse(string value)
    {
        var intervals = new List<TimeSpan>();
        foreach (var entry in value.Split(',', StringSplitOptions.TrimEntries))
        {
            var count = 1;
            var interval = entry;
            var star = entry.IndexOf('*', StringComparison.Ordinal);
            if (star >= 0)
            {
                if (!int.TryParse(entry[..star].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1 || count > MaxCount)
                {
                    throw new FormatException($"entry '{entry}' has an invalid count; write it as <count>*<interval> with a count from 1 to {MaxCount}, such as 14*00:01:00.");
                }

                interval = entry[(star + 1)..].Trim();
            }

            if (!TimeSpan.TryParse(interval, CultureInfo.InvariantCulture, out var wait))
            {
                throw new FormatException($"entry '{entry}' is not a time span such as 00:00:30.");
            }

            intervals.AddRange(Enumerable.Repeat(wait, count));
            if (intervals.Count > MaxCount)
            {
                throw new FormatException($"lists more than {MaxCount} waits.");
            }
        }

        return [.. intervals];
    }
}
