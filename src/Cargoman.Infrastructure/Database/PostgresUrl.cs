using Npgsql;

namespace Cargoman.Infrastructure.Database;

/// <summary>
/// Converts <c>postgres://</c> URLs, the form that hosting platforms hand out, into Npgsql connection strings.
/// </summary>
public static class PostgresUrl
{
    /// <summary>
    /// Parses a <c>postgres://</c> or <c>postgresql://</c> URL, or passes an Npgsql connection string through.
    /// Query parameters such as <c>sslmode=require</c> become connection string keys.
    /// </summary>
    /// <exception cref="FormatException">The value is neither a valid URL nor a valid connection string.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string value)
    {
        if (!value.Contains("://", StringComparison.Ordinal))
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(value);
            }
            catch (ArgumentException exception)
            {
                throw new FormatException($"it is not a postgres:// URL nor an Npgsql connection string ({exception.Message})", exception);
            }
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != "postgres" && uri.Scheme != "postgresql"))
        {
            throw new FormatException("it must look like postgres://user:password@host:5432/database");
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length == 0)
        {
            throw new FormatException("it names no database: add one after the host, as in postgres://user:password@host:5432/database");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = database,
        };

        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        foreach (var parameter in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = parameter.Split('=', 2);
            var key = Uri.UnescapeDataString(pair[0]);
            var parameterValue = pair.Length == 2 ? Uri.UnescapeDataString(pair[1]) : "";
            try
            {
                builder[key] = parameterValue;
            }
            catch (ArgumentException exception)
            {
                throw new FormatException($"its parameter '{key}' is not an Npgsql connection setting ({exception.Message})", exception);
            }
        }

        return builder;
    }
}
