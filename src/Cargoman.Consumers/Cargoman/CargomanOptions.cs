namespace Cargoman.Consumers.Cargoman;

/// <summary>
/// How the consumers reach Cargoman's REST API. Bound from the <c>Cargoman</c> section.
/// </summary>
internal sealed class CargomanOptions
{
    public const string SectionName = "Cargoman";

    /// <summary>The API's absolute base URL, ending in <c>/api/v1</c>, such as https://packages.example.com/api/v1.</summary>
    public string Url { get; set; } = "";

    /// <summary>The server's ADMIN_TOKEN, or a CMA token (<c>cma_...</c>) at level owner or admin.</summary>
    public string AdminToken { get; set; } = "";

    /// <summary>Cargoman's rate limit per token; the client paces its calls to stay under it.</summary>
    public int RequestsPerMinute { get; set; } = 100;

    /// <summary>The time one attempt of a call may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
