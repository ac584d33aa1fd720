using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cargoman.Demo;

/// <summary>
/// The parts of a scenario file that the demo reads: the price mapping and the expected end state.
/// The Stripe stand-in reads the events and customers, the Cargoman stand-in the packages.
/// </summary>
internal sealed record Scenario(string Path, string PriceMappingJson, IReadOnlyList<ExpectedCustomer> Expected, int EventCount)
{
    public static Scenario Load(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))?.AsObject()
            ?? throw new InvalidDataException($"{path} is not a JSON object.");

        var mapping = root["priceMapping"]?.ToJsonString()
            ?? throw new InvalidDataException($"{path} has no priceMapping.");

        var expected = root["expected"]?.AsArray().Select(node => node.Deserialize<ExpectedCustomer>(s_json)!).ToList()
            ?? throw new InvalidDataException($"{path} has no expected end state.");

        return new Scenario(path, mapping, expected, root["events"]?.AsArray().Count ?? 0);
    }

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);
}
