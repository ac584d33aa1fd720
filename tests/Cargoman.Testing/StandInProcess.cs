using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Cargoman.Testing;

/// <summary>
/// A stand-in for Stripe or Cargoman, started as its own process on a free loopback port.
/// </summary>
public sealed class StandInProcess : IAsyncDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private StandInProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    /// <summary>A client for the stand-in's control endpoints under /_standin/.</summary>
    public HttpClient Http { get; }

    /// <summary>What the process printed so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the Stripe stand-in on a scenario; scenario time zero is <paramref name="startDelay"/> after its start.</summary>
    public static Task<StandInProcess> StartStripeAsync(string scenarioPath, TimeSpan? startDelay = null) =>
        StartAsync("standins/StripeStandIn", "/_standin/status", port =>
        [
            "--scenario", scenarioPath,
            "--urls", $"http://127.0.0.1:{port}",
            "--start-delay", (startDelay ?? TimeSpan.Zero).TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ]);

    /// <summary>Starts the Cargoman stand-in with the packages of a scenario file.</summary>
    public static Task<StandInProcess> StartCargomanAsync(string adminToken, string packagesPath, int rateLimit = 0, string responseShape = "envelope") =>
        StartAsync("standins/CargomanStandIn", "/_standin/customers", port =>
        [
            "--admin-token", adminToken,
            "--urls", $"http://127.0.0.1:{port}",
            "--packages", packagesPath,
            "--rate-limit", rateLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--response-shape", responseShape,
        ]);

    private static async Task<StandInProcess> StartAsync(string project, string readyPath, Func<int, string[]> arguments)
    {
        var port = FreePort();
        var startInfo = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        startInfo.ArgumentList.Add(RepositoryPaths.Program(project));
        foreach (var argument in arguments(port))
        {
            startInfo.ArgumentList.Add(argument);
        }

        var standIn = new StandInProcess(Process.Start(startInfo)!, new Uri($"http://127.0.0.1:{port}"));
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (standIn._process.HasExited)
            {
                throw new InvalidOperationException($"{project} exited during start-up: {standIn.Output}");
            }

            try
            {
                using var response = await standIn.Http.GetAsync(readyPath);
                if (response.IsSuccessStatusCode)
                {
                    return standIn;
                }
            }
            catch (HttpRequestException) when (deadline.Elapsed < s_startTimeout)
            {
                // Not listening yet.
            }

            if (deadline.Elapsed >= s_startTimeout)
            {
                await standIn.DisposeAsync();
                throw new TimeoutException($"{project} did not answer within 30 s: {standIn.Output}");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Http.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
