namespace Cargoman.Infrastructure.Database;

/// <summary>
/// Where Cargoman.Sync keeps its state. Bound from the <c>Database</c> section.
/// </summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>A PostgreSQL URL (<c>postgres://user:password@host:5432/database</c>) or an Npgsql connection string.</summary>
    public string Url { get; set; } = "";
}
