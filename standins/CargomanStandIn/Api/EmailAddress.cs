using System.Text.RegularExpressions;

namespace CargomanStandIn.Api;

/// <summary>
/// A plausibility check for e-mail addresses: one '@', no spaces, and a dot in the domain.
/// It rejects obvious mistakes and does not implement RFC 5322.
/// </summary>
internal static partial class EmailAddress
{
    private const int MaxLength = 254;

    public static bool IsPlausible(string address) => address.Length <= MaxLength && Pattern().IsMatch(address);

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
