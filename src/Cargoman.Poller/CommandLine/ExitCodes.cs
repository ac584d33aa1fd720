using Cargoman.Infrastructure.Hosting;

namespace Cargoman.Poller.CommandLine;

/// <summary>
/// The exit codes of the operator's commands.
/// </summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Some events or messages failed; running the same command again retries them.</summary>
    public const int Failed = 1;

    /// <summary>An invalid option or setting, or a range that no source serves. Nothing was done.</summary>
    public const int InvalidRequest = CargomanHost.InvalidSettingsExitCode;

    /// <summary>Stopped by Ctrl-C or SIGTERM; the conventional 128 + SIGINT.</summary>
    public const int Interrupted = 130;
}
