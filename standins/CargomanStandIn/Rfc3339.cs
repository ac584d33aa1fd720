using System.Globalization;

namespace CargomanStandIn;

/// <summary>
/// Formats timestamps as RFC 3339 strings in UTC.
/// </summary>
internal static class Rfc3339
{
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string FormatWithMilliseconds(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
