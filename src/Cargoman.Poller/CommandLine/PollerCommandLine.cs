using System.CommandLine;
using System.CommandLine.Help;
using Cargoman.Infrastructure.Hosting;
using Microsoft.Extensions.Hosting;

namespace Cargoman.Poller.CommandLine;

/// <summary>
/// The poller executable's verbs: <c>run</c> (the default), <c>replay</c>, <c>status</c> and <c>errors</c>.
/// </summary>
internal static class PollerCommandLine
{
    public static async Task<int> InvokeAsync(string[] args)
    {
        var root = Build();
        var parseResult = root.Parse(args);

        // Invalid options exit with 2, as invalid settings do; System.CommandLine's own code for them is 1.
        if (parseResult.Errors.Count > 0 && parseResult.Action is not HelpAction)
        {
            foreach (var error in parseResult.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }

            return ExitCodes.InvalidRequest;
        }

        return await parseResult.InvokeAsync();
    }

    public static RootCommand Build()
    {
        var run = CreateRunCommand();
        var root = new RootCommand("Cargoman.Sync poller: publishes Stripe events for the consumers. Without a command it runs the poller.")
        {
            run,
            ReplayCommand.Create(),
            StatusCommand.Create(),
            ErrorsCommand.Create(),
        };

        // Settings such as --Poller:Interval=00:00:30 pass through to the host, as before the commands existed. The
        // operator's commands take no settings on the command line, so an unknown token there is an error.
        root.TreatUnmatchedTokensAsErrors = false;
        foreach (var command in root.Subcommands.Where(c => c != run).SelectMany(c => c.Subcommands.Prepend(c)))
        {
            command.TreatUnmatchedTokensAsErrors = true;
        }

        root.SetAction((parseResult, _) => RunHostAsync([.. parseResult.UnmatchedTokens]));
        return root;
    }

    private static Command CreateRunCommand()
    {
        var run = new Command("run", "Run the poller and, when Webhook__Enabled is true, the webhook endpoint, until stopped. This is the default.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        run.SetAction((parseResult, _) => RunHostAsync([.. parseResult.UnmatchedTokens]));
        return run;
    }

    private static async Task<int> RunHostAsync(string[] hostArgs)
    {
        var builder = Host.CreateApplicationBuilder(hostArgs);
        builder.UseCargomanDefaults();
        builder.Services.AddCargomanPoller(builder.Configuration);

        using var host = builder.Build();
        return await host.RunCargomanAsync();
    }
}
