using System.CommandLine;
using Cargoman.Poller.Replay;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cargoman.Poller.CommandLine;

/// <summary>
/// The <c>replay</c> command: publishes the Stripe events of a time range again, from Stripe or from the archive.
/// </summary>
internal static class ReplayCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The earliest event creation time to replay: an ISO 8601 date (midnight UTC) or date-time." };
        var to = new Option<string>("--to") { Description = "The latest event creation time to replay, inclusive, in the same format as --from." };
        var types = new Option<string[]>("--type") { Description = "Replay only this event type, such as invoice.paid; repeat for several types. Default: every handled type." };
        var customer = new Option<string>("--customer") { Description = "Replay only the events of this Stripe customer (cus_...)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Publish nothing; print the Cargoman change each event would cause now." };
        var reprocess = new Option<bool>("--reprocess") { Description = "Publish events that the consumers already processed, for them to apply again." };
        var source = new Option<string>("--source")
        {
            Description = "Where to read events: stripe (the last 30 days), archive (PostgreSQL), or auto (Stripe for the last 30 days, the archive before).",
            DefaultValueFactory = _ => "auto",
        };

        var command = new Command("replay", "Publish the Stripe events created in a time range again, oldest first, skipping those already processed.")
        {
            from, to, types, customer, dryRun, reprocess, source,
        };

        command.SetAction((parseResult, cancellationToken) =>
        {
            var request = ReplayArguments.Validate(
                parseResult.GetValue(from),
                parseResult.GetValue(to),
                parseResult.GetValue(types) ?? [],
                parseResult.GetValue(customer),
                parseResult.GetValue(dryRun),
                parseResult.GetValue(reprocess),
                parseResult.GetValue(source) ?? "auto",
                TimeProvider.System.GetUtcNow(),
                out var errors);

            if (request is null)
            {
                foreach (var error in errors)
                {
                    Console.Error.WriteLine(error);
                }

                return Task.FromResult(ExitCodes.InvalidRequest);
            }

            return RunAsync(request, cancellationToken);
        });

        return command;
    }

    private static async Task<int> RunAsync(ReplayRequest request, CancellationToken cancellationToken)
    {
        using var host = OperatorHost.Build(
            (services, configuration) =>
            {
                services.AddCargomanReplay(configuration);
                if (request.DryRun)
                {
                    services.AddDryRunPlanner(configuration);
                }
            },
            typeof(LogProgress).FullName!,
            typeof(ReplayRunner).FullName!);

        if (!OperatorHost.CheckSettings(host))
        {
            return ExitCodes.InvalidRequest;
        }

        await host.StartAsync(cancellationToken);
        try
        {
            var runner = host.Services.GetRequiredService<ReplayRunner>();
            var plan = await runner.PlanAsync(request, cancellationToken);
            if (plan.Error is not null)
            {
                await Console.Error.WriteLineAsync(plan.Error);
                return ExitCodes.InvalidRequest;
            }

            foreach (var segment in plan.Segments)
            {
                Console.WriteLine($"Reading {segment.Source.ToString().ToLowerInvariant()} from {OperatorTime.Format(segment.From)} to {OperatorTime.Format(segment.To)}");
            }

            IReplayProgress progress = Console.IsOutputRedirected
                ? new LogProgress(Console.Out, TimeProvider.System, host.Services.GetRequiredService<ILogger<LogProgress>>())
                : new TerminalProgressBar(Console.Out, TimeProvider.System);

            var summary = await runner.RunAsync(request, plan.Segments, progress, cancellationToken);
            Console.WriteLine((summary.Interrupted ? "Interrupted: " : "Done: ") + summary);

            if (summary.Interrupted)
            {
                Console.WriteLine("Run the same command again to finish; events already published are not published twice.");
                return ExitCodes.Interrupted;
            }

            return summary.Failed > 0 ? ExitCodes.Failed : ExitCodes.Success;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }
}
