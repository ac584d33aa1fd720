using Microsoft.Extensions.Logging;

namespace Cargoman.Infrastructure;

internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Information, "Applied database migration {MigrationName}")]
    public static partial void MigrationApplied(ILogger logger, string migrationName);
}
