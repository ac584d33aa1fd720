namespace Cargoman.Demo;

/// <summary>
/// A customer as the Cargoman stand-in stores it.
/// </summary>
internal sealed record ActualCustomer(string ExternalId, string Status, IReadOnlyList<string> Packages, IReadOnlyDictionary<string, string> Frozen);
