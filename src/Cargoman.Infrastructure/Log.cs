using Microsoft.Extensions.Logging;

namespace Cargoman.Infrastructure;

internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Information, "Applied database migration {MigrationName}")]
    public static partial void MigrationApplied(ILogger logger, string migrationName);

    [LoggerMessage(1002, LogLevel.Warning, "PostgreSQL cannot be reached (attempt {Attempt}): {Error}; trying again in {Delay}")]
    public static partial void DatabaseUnreachable(ILogger logger, int attempt, TimeSpan delay, string error);
}
