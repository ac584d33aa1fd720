namespace Cargoman.Infrastructure.Messaging;

/// <summary>
/// The parts of an AMQP URL, as RabbitMQ's URI specification defines them.
/// </summary>
/// <param name="UseTls">Whether the scheme is <c>amqps</c>.</param>
/// <param name="VirtualHost">The virtual host: the URL's path without its leading slash, unescaped; "/" when the path is empty.</param>
public sealed record AmqpUrl(bool UseTls, string Host, int Port, string VirtualHost, string Username, string Password)
{
    /// <exception cref="FormatException">The value is not an amqp:// or amqps:// URL.</exception>
    public static AmqpUrl Parse(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != "amqp" && uri.Scheme != "amqps"))
        {
            throw new FormatException("it must look like amqp://user:password@host:5672/vhost (or amqps:// for TLS)");
        }

        if (uri.Host.Length == 0)
        {
            throw new FormatException("it names no host");
        }

        var useTls = uri.Scheme == "amqps";
        var port = uri.IsDefaultPort || uri.Port < 0 ? (useTls ? 5671 : 5672) : uri.Port;

        // amqp://host/ and amqp://host both mean the default virtual host "/"; "/%2F" names it explicitly.
        var path = uri.AbsolutePath.TrimStart('/');
        var virtualHost = path.Length == 0 ? "/" : Uri.UnescapeDataString(path);

        var userInfo = uri.UserInfo.Split(':', 2);
        var username = userInfo[0].Length == 0 ? "guest" : Uri.UnescapeDataString(userInfo[0]);
        var password = userInfo.Length == 2 ? Uri.UnescapeDataString(userInfo[1]) : "guest";

        return new AmqpUrl(useTls, uri.Host, port, virtualHost, username, password);
    }

    /// <summary>Returns the URL without its password, for logs.</summary>
    public override string ToString()
    {
        var scheme = UseTls ? "amqps" : "amqp";
        return $"{scheme}://{Username}@{Host}:{Port}/{Uri.EscapeDataString(VirtualHost)}";
    }
}
