namespace CargomanStandIn;

/// <summary>
/// Settings read from the command line.
/// </summary>
/// <remarks>
/// A class, not a record, so that a generated <c>ToString</c> can never print the tokens.
/// </remarks>
internal sealed class StandInOptions
{
    public const int DefaultPort = 12112;
    public const int DefaultRateLimit = 100;

    public required string AdminToken { get; init; }

    /// <summary>Token that may read but not write, or null when none is configured.</summary>
    public string? ViewerToken { get; init; }

    /// <summary>Port on 127.0.0.1. Zero lets the operating system pick a free port.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Scenario file with the package catalogue, or null for the built-in catalogue.</summary>
    public string? PackagesPath { get; init; }

    /// <summary>Requests allowed per token in each 60-second window. Zero disables rate limiting.</summary>
    public int RateLimit { get; init; } = DefaultRateLimit;

    public ResponseShape ResponseShape { get; init; } = ResponseShape.Envelope;
}
