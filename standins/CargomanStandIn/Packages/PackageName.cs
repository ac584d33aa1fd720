using System.Text.RegularExpressions;

namespace CargomanStandIn.Packages;

/// <summary>
/// Checks Composer package names: lower-case <c>vendor/name</c>, where each part is letters and digits
/// joined by single '.', '_' or '-' characters (the name part also allows '--').
/// </summary>
internal static partial class PackageName
{
    public static bool IsValid(string name) => Pattern().IsMatch(name);

    [GeneratedRegex(@"^[a-z0-9]+([_.-][a-z0-9]+)*/[a-z0-9]+(([_.]|-{1,2})[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
