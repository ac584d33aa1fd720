namespace Cargoman.Demo;

/// <summary>
/// Compares Cargoman's customers with a scenario's expected end state and prints the table.
/// </summary>
internal static class ResultTable
{
    public static bool Matches(ExpectedCustomer expected, ActualCustomer? actual)
    {
        if (expected.Status == "absent")
        {
            return actual is null;
        }

        if (actual is null || actual.Status != expected.Status)
        {
            return false;
        }

        if (!actual.Packages.SequenceEqual(expected.Packages.Order(StringComparer.Ordinal)))
        {
            return false;
        }

        var expectedFrozen = expected.Frozen ?? new Dictionary<string, string>();
        return actual.Frozen.Count == expectedFrozen.Count
            && expectedFrozen.All(pair => actual.Frozen.TryGetValue(pair.Key, out var version) && version == pair.Value);
    }

    public static int CountMatches(Scenario scenario, IReadOnlyDictionary<string, ActualCustomer> actual) =>
        scenario.Expected.Count(expected => Matches(expected, actual.GetValueOrDefault(expected.Customer)));

    public static void Print(Scenario scenario, IReadOnlyDictionary<string, ActualCustomer> actual, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"{"Stripe customer",-16} {"status",-10} {"packages",-58} {"frozen versions",-62} result");
        output.WriteLine(new string('-', 160));
        foreach (var expected in scenario.Expected)
        {
            var customer = actual.GetValueOrDefault(expected.Customer);
            var status = customer?.Status ?? "absent";
            var packages = customer is null ? "-" : string.Join(", ", customer.Packages);
            var frozen = customer is null || customer.Frozen.Count == 0 ? "-" : string.Join(", ", customer.Frozen.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"));
            var result = Matches(expected, customer)
                ? "match"
                : $"MISMATCH: expected {expected.Status} [{string.Join(", ", expected.Packages)}]" +
                  (expected.Frozen is { Count: > 0 } f ? " frozen " + string.Join(", ", f.Select(p => $"{p.Key} {p.Value}")) : "");
            output.WriteLine($"{expected.Customer,-16} {status,-10} {packages,-58} {frozen,-62} {result}");
            if (!string.IsNullOrEmpty(expected.Note))
            {
                output.WriteLine($"{"",-16} ({expected.Note})");
            }
        }

        output.WriteLine();
    }
}
