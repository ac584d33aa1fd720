using Cargoman.Consumers;
using Cargoman.Infrastructure.Hosting;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.UseCargomanDefaults();
builder.Services.AddCargomanConsumers(builder.Configuration);

using var host = builder.Build();
return await host.RunCargomanAsync();
