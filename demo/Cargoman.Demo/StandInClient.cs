using System.Text.Json;

namespace Cargoman.Demo;

/// <summary>
/// Reads the control endpoints of the two stand-ins.
/// </summary>
internal sealed class StandInClient(HttpClient http, Uri stripeBase, Uri cargomanBase)
{
    /// <summary>Returns how many scenario events Stripe has released, of how many, and scenario time zero.</summary>
    public async Task<(int Released, int Total, DateTimeOffset Zero)> GetStripeProgressAsync(CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(stripeBase, "/_standin/status"), cancellationToken));
        var root = document.RootElement;
        return (root.GetProperty("released").GetInt32(), root.GetProperty("total").GetInt32(), DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("zero").GetInt64()));
    }

    /// <summary>Returns how many events the Stripe stand-in has delivered by webhook with a 2xx response.</summary>
    public async Task<long> GetWebhooksDeliveredAsync(CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(stripeBase, "/_standin/webhooks"), cancellationToken));
        return document.RootElement.GetProperty("delivered").GetInt64();
    }

    public async Task<Dictionary<string, ActualCustomer>> GetCargomanCustomersAsync(CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(cargomanBase, "/_standin/customers"), cancellationToken));
        var result = new Dictionary<string, ActualCustomer>(StringComparer.Ordinal);
        foreach (var customer in document.RootElement.GetProperty("customers").EnumerateArray())
        {
            var packages = customer.GetProperty("packages").EnumerateArray()
                .Select(grant => grant.GetProperty("package").GetString()!)
                .Order(StringComparer.Ordinal)
                .ToList();
            var frozen = customer.GetProperty("frozen_versions").EnumerateArray()
                .ToDictionary(version => version.GetProperty("package").GetString()!, version => version.GetProperty("version").GetString()!, StringComparer.Ordinal);
            var externalId = customer.GetProperty("external_id").GetString()!;
            result[externalId] = new ActualCustomer(externalId, customer.GetProperty("status").GetString()!, packages, frozen);
        }

        return result;
    }

    /// <summary>Waits until a stand-in responds on its control endpoint, or throws after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilReadyAsync(Uri baseAddress, string controlPath, TimeSpan timeout, Func<bool> hasExited, CancellationToken cancellationToken)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (true)
        {
            if (hasExited())
            {
                throw new InvalidOperationException($"The stand-in at {baseAddress} exited during start-up; see its log.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(baseAddress, controlPath), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (Environment.TickCount64 < deadline)
            {
                // Not listening yet.
            }

            if (Environment.TickCount64 >= deadline)
            {
                throw new TimeoutException($"The stand-in at {baseAddress} did not respond within {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(200, cancellationToken);
        }
    }
}
