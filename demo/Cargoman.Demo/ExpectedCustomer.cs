namespace Cargoman.Demo;

/// <summary>
/// A customer's end state that a scenario expects.
/// </summary>
/// <param name="Status">A Cargoman status, or "absent" when no Cargoman customer should exist.</param>
/// <param name="Packages">The granted package names.</param>
/// <param name="Frozen">For frozen customers, the version each package is frozen to.</param>
/// <param name="Note">What the customer's story shows.</param>
internal sealed record ExpectedCustomer(
    string Customer,
    string Status,
    IReadOnlyList<string> Packages,
    IReadOnlyDictionary<string, string>? Frozen,
    string? Note);
