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

    /// <summary>
    /// Drops the database. An autovacuum worker on it, which belongs to a superuser, makes the drop fail
    /// until the worker ends, so the drop is tried again for a few seconds and then left to a later cleanup.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; attempt <= 10; attempt++)
        {
            try
            {
                await ExecuteAsync(_adminConnectionString, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
                return;
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InsufficientPrivilege || exception.SqlState == PostgresErrorCodes.ObjectInUse)
            {
                await Task.Delay(500);
            }
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
