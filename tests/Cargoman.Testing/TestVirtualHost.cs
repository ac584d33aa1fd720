using System.Diagnostics;

namespace Cargoman.Testing;

/// <summary>
/// An empty RabbitMQ virtual host on the local broker, deleted on dispose.
/// </summary>
/// <remarks>
/// MassTransit binds exchanges named after message types, so tests sharing a virtual host would
/// receive each other's messages. rabbitmqctl must run as root or as the rabbitmq user.
/// </remarks>
public sealed class TestVirtualHost : IAsyncDisposable
{
    private TestVirtualHost(string name, string url)
    {
        Name = name;
        Url = url;
    }

    public string Name { get; }

    /// <summary>The broker URL pointing at this virtual host, as RABBITMQ_URL takes it.</summary>
    public string Url { get; }

    public static async Task<TestVirtualHost> CreateAsync()
    {
        var server = new Uri(LocalServerUrls.RabbitMq);
        var user = Uri.UnescapeDataString(server.UserInfo.Split(':', 2)[0]);
        var name = "test-" + Guid.NewGuid().ToString("N")[..16];

        await RabbitMqCtlAsync("add_vhost", name);
        await RabbitMqCtlAsync("set_permissions", "-p", name, user, ".*", ".*", ".*");
        return new TestVirtualHost(name, new UriBuilder(server) { Path = "/" + name }.Uri.ToString());
    }

    public async ValueTask DisposeAsync() => await RabbitMqCtlAsync("delete_vhost", Name);

    /// <summary>Returns the number of ready messages in a queue of this virtual host, or null when the queue does not exist.</summary>
    public async Task<int?> CountMessagesAsync(string queue)
    {
        var output = await RabbitMqCtlAsync("list_queues", "-p", Name, "--quiet", "--no-table-headers", "name", "messages");
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\t', StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0] == queue)
            {
                return int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>Returns rabbitmqctl's list of this virtual host's bindings, for failure messages.</summary>
    public Task<string> ListBindingsAsync() => RabbitMqCtlAsync("list_bindings", "-p", Name, "--quiet");

    private static async Task<string> RabbitMqCtlAsync(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("rabbitmqctl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Trim()}. Is the broker up (scripts/servers.sh start) and are the tests running as root?");
    }
}
