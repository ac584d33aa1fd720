using System.Text.RegularExpressions;

namespace StripeStandIn.Rendering;

/// <summary>
/// Stripe API versions (<c>2026-10-28.endive</c>, <c>2022-08-01</c>) and the object shapes they imply.
/// </summary>
internal static partial class ApiVersions
{
    /// <summary>Version pinned by Stripe.net 53.1.0, used for events that name no version.</summary>
    public const string Default = "2026-10-28.endive";

    // 2025-03-31.basil moved an invoice's subscription to parent.subscription_details and a
    // subscription's current period from the subscription onto each of its items.
    private const string FirstWithInvoiceParent = "2025-03-31";

    public static bool IsValid(string version) => VersionPattern().IsMatch(version);

    /// <summary>
    /// Returns true for versions before 2025-03-31.basil, whose invoices carry a top-level <c>subscription</c>
    /// and whose subscriptions carry a top-level <c>current_period_start</c>/<c>current_period_end</c>.
    /// </summary>
    public static bool UsesLegacyShapes(string version) =>
        string.CompareOrdinal(version[..FirstWithInvoiceParent.Length], FirstWithInvoiceParent) < 0;

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(\.[a-z0-9_]+)?$")]
    private static partial Regex VersionPattern();
}
