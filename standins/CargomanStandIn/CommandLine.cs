using System.Globalization;

namespace CargomanStandIn;

/// <summary>
/// Parses the stand-in's command-line arguments.
/// </summary>
internal static class CommandLine
{
    public const string Usage = """
        Usage: CargomanStandIn --admin-token TOKEN [options]

          --admin-token TOKEN      Bearer token with full access (required).
          --viewer-token TOKEN     Bearer token that may only read; writes get 403 FORBIDDEN.
          --urls URL               Listen address, only http://127.0.0.1:PORT (default port 12112; 0 picks a free port).
          --packages PATH          JSON file whose "packages" object maps "vendor/name" to its versions.
                                   Without it a built-in catalogue of vendor/core, vendor/pro-features and vendor/addon is used.
          --rate-limit N           Requests per token per 60 seconds (default 100; 0 disables the limit).
          --response-shape SHAPE   envelope (default), bare or mixed.
          --help                   Print this text.
        """;

    /// <summary>
    /// Parses <paramref name="args"/>. Returns false with a message naming the bad argument, or with a null
    /// message when help was requested.
    /// </summary>
    public static bool TryParse(string[] args, out StandInOptions? options, out string? error)
    {
        options = null;
        error = null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);

        for (var i = 0; i < args.Length; i++)
        {
            var argument = args[i];
            if (argument is "--help" or "-h")
            {
                return false;
            }

            if (!argument.StartsWith("--", StringComparison.Ordinal))
            {
                error = $"Unexpected argument '{argument}'. Options start with '--'.";
                return false;
            }

            string name;
            string value;
            var equalsIndex = argument.IndexOf('=', StringComparison.Ordinal);
            if (equalsIndex > 0)
            {
                name = argument[2..equalsIndex];
                value = argument[(equalsIndex + 1)..];
            }
            else if (i + 1 < args.Length)
            {
                name = argument[2..];
                value = args[++i];
            }
            else
            {
                error = $"Option '{argument}' needs a value.";
                return false;
            }

            if (!values.TryAdd(name, value))
            {
                error = $"Option '--{name}' is given more than once.";
                return false;
            }
        }

        return TryBuild(values, out options, out error);
    }

    private static bool TryBuild(Dictionary<string, string> values, out StandInOptions? options, out string? error)
    {
        options = null;
        var known = new[] { "admin-token", "viewer-token", "urls", "packages", "rate-limit", "response-shape" };
        var unknown = values.Keys.FirstOrDefault(name => !known.Contains(name));
        if (unknown is not null)
        {
            error = $"Unknown option '--{unknown}'.";
            return false;
        }

        if (!values.TryGetValue("admin-token", out var adminToken) || string.IsNullOrWhiteSpace(adminToken))
        {
            error = "Missing --admin-token. Pass the bearer token that clients will send.";
            return false;
        }

        values.TryGetValue("viewer-token", out var viewerToken);
        if (viewerToken is not null && (string.IsNullOrWhiteSpace(viewerToken) || viewerToken == adminToken))
        {
            error = "Invalid --viewer-token: it must be non-empty and differ from --admin-token.";
            return false;
        }

        var port = StandInOptions.DefaultPort;
        if (values.TryGetValue("urls", out var url) && !TryParseLoopbackPort(url, out port))
        {
            error = $"Invalid --urls '{url}'. Use one address of the form http://127.0.0.1:PORT.";
            return false;
        }

        var rateLimit = StandInOptions.DefaultRateLimit;
        if (values.TryGetValue("rate-limit", out var rateLimitText)
            && (!int.TryParse(rateLimitText, NumberStyles.None, CultureInfo.InvariantCulture, out rateLimit) || rateLimit < 0))
        {
            error = $"Invalid --rate-limit '{rateLimitText}'. Use a whole number of requests per 60 seconds, or 0 to disable.";
            return false;
        }

        var shape = ResponseShape.Envelope;
        if (values.TryGetValue("response-shape", out var shapeText) && !TryParseShape(shapeText, out shape))
        {
            error = $"Invalid --response-shape '{shapeText}'. Use envelope, bare or mixed.";
            return false;
        }

        values.TryGetValue("packages", out var packagesPath);
        error = null;
        options = new StandInOptions
        {
            AdminToken = adminToken,
            ViewerToken = viewerToken,
            Port = port,
            PackagesPath = packagesPath,
            RateLimit = rateLimit,
            ResponseShape = shape,
        };
        return true;
    }

    private static bool TryParseLoopbackPort(string url, out int port)
    {
        port = 0;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttp
            || uri.Host != "127.0.0.1"
            || uri.AbsolutePath != "/"
            || !string.IsNullOrEmpty(uri.Query))
        {
            return false;
        }

        // Uri fills in port 80 when the address names none, so require the port to be written out.
        var authority = url[(url.IndexOf("//", StringComparison.Ordinal) + 2)..];
        if (!authority.StartsWith("127.0.0.1:", StringComparison.Ordinal))
        {
            return false;
        }

        port = uri.Port;
        return true;
    }

    private static bool TryParseShape(string text, out ResponseShape shape)
    {
        shape = text switch
        {
            "envelope" => ResponseShape.Envelope,
            "bare" => ResponseShape.Bare,
            "mixed" => ResponseShape.Mixed,
            _ => (ResponseShape)(-1),
        };
        return Enum.IsDefined(shape);
    }
}
