namespace Cargoman.Consumers.Tests.Support;

/// <summary>
/// Builds the entries of a Stripe stand-in scenario.
/// </summary>
public static class ScenarioEvents
{
    public static object Customer(string id, string name) => new { id, name, email = id + "@example.test" };

    /// <summary>A subscription event at <paramref name="at"/> seconds after the stand-in's start.</summary>
    public static object Subscription(double at, string type, string id, string customer, string status, string price = "price_pro", object? extra = null) =>
        new
        {
            at,
            type = "customer.subscription." + type,
            @object = Merge(new Dictionary<string, object?> { ["id"] = id, ["customer"] = customer, ["status"] = status, ["items"] = new[] { new { price, quantity = 1 } } }, extra),
        };

    public static Dictionary<string, object[]> Catalogue() => new()
    {
        ["vendor/core"] = [new { version = "2.4.0" }, new { version = "2.5.0" }, new { version = "2.6.0", yanked = true }, new { version = "3.0.0-beta1" }],
        ["vendor/pro-features"] = [new { version = "1.0.0" }, new { version = "1.3.0" }],
        ["vendor/addon"] = [new { version = "0.9.0" }, new { version = "1.4.2" }, new { version = "2.0.0" }],
    };

    private static Dictionary<string, object?> Merge(Dictionary<string, object?> fields, object? extra)
    {
        if (extra is null)
        {
            return fields;
        }

        foreach (var property in extra.GetType().GetProperties())
        {
            fields[property.Name] = property.GetValue(extra);
        }

        return fields;
    }
}
