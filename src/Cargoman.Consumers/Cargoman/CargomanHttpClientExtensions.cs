using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Cargoman.Infrastructure.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Cargoman.Consumers.Cargoman;

internal static class CargomanHttpClientExtensions
{
    private static readonly TimeSpan MaxRateLimitWait = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Registers <see cref="CargomanClient"/> as a typed client with retries, timeouts and client-side pacing.
    /// </summary>
    /// <remarks>
    /// Retries here cover blips of a few seconds: 5xx, 408, 429, timeouts and refused connections, with
    /// jittered backoff that honours Retry-After and X-RateLimit-Reset. Other 4xx responses are not retried.
    /// Longer outages are the message retry's job; its attempts multiply with these.
    /// </remarks>
    public static IServiceCollection AddCargomanClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CargomanOptions>().Bind(configuration.GetSection(CargomanOptions.SectionName));
        services.AddSingleton<IValidateOptions<CargomanOptions>, CargomanOptionsValidator>();
        SettingsCheck.Register<CargomanOptions>(services);

        services.AddSingleton(provider =>
            RequestPacingHandler.CreateLimiter(provider.GetRequiredService<IOptions<CargomanOptions>>().Value.RequestsPerMinute));
        services.AddTransient<RequestPacingHandler>();

        var httpClientBuilder = services.AddHttpClient<CargomanClient>((provider, client) =>
        {
            var options = provider.GetRequiredService<IOptions<CargomanOptions>>().Value;
            client.BaseAddress = new Uri(options.Url.TrimEnd('/') + "/");
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.AdminToken);
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            client.Timeout = Timeout.InfiniteTimeSpan;
        });

        httpClientBuilder.AddResilienceHandler("cargoman", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<CargomanOptions>>().Value;
            var timeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();

            // The total covers every attempt plus the longest wait that a 429 response can request.
            pipeline.AddTimeout(options.AttemptTimeout * 4 + MaxRateLimitWait);
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = MaxRateLimitWait,
                ShouldRetryAfterHeader = true,
                DelayGenerator = arguments => ValueTask.FromResult(RateLimitResetDelay(arguments.Outcome.Result, timeProvider)),
            });
            pipeline.AddTimeout(options.AttemptTimeout);
        });

        // Added after the resilience handler, so it sits inside it and paces every attempt.
        httpClientBuilder.AddHttpMessageHandler<RequestPacingHandler>();

        return services;
    }

    /// <summary>
    /// Returns the wait until <c>X-RateLimit-Reset</c> for a 429 response without Retry-After, or null to use the backoff.
    /// </summary>
    private static TimeSpan? RateLimitResetDelay(HttpResponseMessage? response, TimeProvider timeProvider)
    {
        if (response is not { StatusCode: HttpStatusCode.TooManyRequests } || response.Headers.RetryAfter is not null)
        {
            return null;
        }

        if (!response.Headers.TryGetValues("X-RateLimit-Reset", out var values)
            || !long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var resetSeconds))
        {
            return null;
        }

        var wait = DateTimeOffset.FromUnixTimeSeconds(resetSeconds) - timeProvider.GetUtcNow();
        return wait <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(100) : (wait < MaxRateLimitWait ? wait : MaxRateLimitWait);
    }
}
