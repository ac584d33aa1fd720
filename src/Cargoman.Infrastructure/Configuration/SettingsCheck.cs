using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cargoman.Infrastructure.Configuration;

/// <summary>
/// Validates one options type at start-up, before any hosted service runs.
/// </summary>
public sealed class SettingsCheck(Action<IServiceProvider> validate)
{
    private readonly Action<IServiceProvider> _validate = validate;

    /// <summary>
    /// Registers <typeparamref name="TOptions"/> for the start-up check.
    /// </summary>
    public static void Register<TOptions>(IServiceCollection services)
        where TOptions : class
    {
        services.AddSingleton(new SettingsCheck(provider => _ = provider.GetRequiredService<IOptions<TOptions>>().Value));
    }

    /// <summary>
    /// Validates every registered options type and returns one message per invalid setting.
    /// </summary>
    public static IReadOnlyList<string> FindErrors(IServiceProvider services)
    {
        var errors = new List<string>();
        foreach (var check in services.GetServices<SettingsCheck>())
        {
            try
            {
                check._validate(services);
            }
            catch (OptionsValidationException exception)
            {
                errors.AddRange(exception.Failures);
            }
        }

        return errors;
    }
}
