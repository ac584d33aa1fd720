using StripeStandIn.Hosting;
using StripeStandIn.Scenarios;

if (StandInCommandLine.IsHelpRequest(args))
{
    Console.WriteLine(StandInCommandLine.Usage);
    return 0;
}

var options = StandInCommandLine.Parse(args, out var error);
if (options is null)
{
    await Console.Error.WriteLineAsync($"{error}\n\n{StandInCommandLine.Usage}");
    return 2;
}

WebApplication app;
try
{
    app = StandInHost.Build(options);
}
catch (ScenarioException exception)
{
    await Console.Error.WriteLineAsync($"Invalid scenario {options.ScenarioPath}: {exception.Message}");
    return 2;
}

try
{
    await app.RunAsync();
}
catch (IOException exception)
{
    await Console.Error.WriteLineAsync(
        $"Cannot listen on {options.Url}: {exception.Message} Pass another port with --urls; port 0 picks a free one.");
    return 1;
}

return 0;
