using Cargoman.Poller.CommandLine;

return await PollerCommandLine.InvokeAsync(args);
