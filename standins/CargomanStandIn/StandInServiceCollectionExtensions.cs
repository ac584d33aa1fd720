using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using CargomanStandIn.Api;
using CargomanStandIn.Customers;
using CargomanStandIn.Packages;
using CargomanStandIn.Pipeline;

namespace CargomanStandIn;

/// <summary>
/// Registers the stand-in's services and binds Kestrel to 127.0.0.1.
/// </summary>
internal static class StandInServiceCollectionExtensions
{
    public static WebApplicationBuilder AddCargomanStandIn(this WebApplicationBuilder builder, StandInOptions options, Catalogue catalogue)
    {
        // Listen() binds 127.0.0.1 explicitly, and Kestrel then ignores ASPNETCORE_URLS and other configured URLs.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));

        // Request logs would repeat every call, and /_standin/calls already lists them.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(catalogue);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CustomerStore>();
        services.AddSingleton<ApiResponses>();
        services.AddSingleton<TokenVerifier>();
        services.AddSingleton<RateLimiter>();
        services.AddSingleton<FaultInjector>();
        services.AddSingleton<CallLog>();
        return builder;
    }
}
