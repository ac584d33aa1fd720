namespace CargomanStandIn;

/// <summary>
/// How successful /api responses are wrapped. Errors always use the envelope, except the flat 401 body.
/// </summary>
internal enum ResponseShape
{
    /// <summary>Every object inside <c>{"data": ..., "error": null}</c>, as the API reference documents.</summary>
    Envelope,

    /// <summary>Every object without the envelope.</summary>
    Bare,

    /// <summary>Customer get and create bare, as the customer guide shows them, and everything else enveloped.</summary>
    Mixed,
}
