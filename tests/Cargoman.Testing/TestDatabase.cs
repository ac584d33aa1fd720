using Npgsql;

namespace Cargoman.Testing;

/// <summary>
/// An empty PostgreSQL database on the local server, dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _adminConnectionString;

    private TestDatabase(string name, string url, string adminConnectionString)
    {
        Name = name;
        Url = url;
        _adminConnectionString = adminConnectionString;
    }

    public string Name { get; }

    /// <summary>The database's postgres:// URL, as DATABASE_URL takes it.</summary>
    public string Url { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var server = new Uri(LocalServerUrls.Database);
        var userInfo = server.UserInfo.Split(':', 2);
        var admin = new NpgsqlConnectionStringBuilder
        {
            Host = server.Host,
            Port = server.Port > 0 ? server.Port : 5432,
            Username = Uri.UnescapeDataString(userInfo[0]),
            Password = userInfo.Length == 2 ? Uri.UnescapeDataString(userInfo[1]) : null,
            Database = server.AbsolutePath.TrimStart('/'),
            Pooling = false,
        }.ConnectionString;

        var name = "test_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync(admin, $"CREATE DATABASE {name}");
        return new TestDatabase(name, new UriBuilder(server) { Path = "/" + name }.Uri.ToString(), admin);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_adminConnectionString, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
