using System.Text.Encodings.Web;
using System.Text.Json;

namespace StripeStandIn.Rendering;

/// <summary>
/// Serialisation settings of every Stripe object the stand-in returns.
/// </summary>
internal static class StripeJson
{
    /// <summary>
    /// Writes quotes and non-ASCII characters as they are (<c>'</c>, <c>×</c>) instead of <c>\u0027</c> escapes,
    /// which keeps error messages readable. Safe because responses are <c>application/json</c>, never embedded in HTML.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
