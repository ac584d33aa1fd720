using Cargoman.Infrastructure.Hosting;
using Cargoman.Poller;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.UseCargomanDefaults();
builder.Services.AddCargomanPoller(builder.Configuration);

using var host = builder.Build();
return await host.RunCargomanAsync();
