using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cargoman.Infrastructure.Configuration;

/// <summary>
/// Validates one options type at start-up, before any hosted service runs.
/// </summary>
public sealed partial class SettingsCheck(Action<IServiceProvider> validate)
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
            catch (InvalidOperationException exception) when (ConversionFailure().Match(exception.Message) is { Success: true } match)
            {
                errors.Add(DescribeConversionFailure(match.Groups["value"].Value, match.Groups["key"].Value, match.Groups["type"].Value));
            }
        }

        return errors;
    }

    private static string DescribeConversionFailure(string value, string key, string typeName)
    {
        var type = Type.GetType(typeName) ?? AppDomain.CurrentDomain.GetAssemblies().Select(assembly => assembly.GetType(typeName)).FirstOrDefault(found => found is not null);
        var expected = type switch
        {
            _ when type == typeof(TimeSpan) => "a time span such as 00:00:30 (hh:mm:ss) or 1.00:00:00 (one day)",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(bool) => "true or false",
            { IsEnum: true } => "one of " + string.Join(", ", Enum.GetNames(type)),
            _ => "a value of type " + (type?.Name ?? typeName),
        };

        return $"{EnvironmentSettings.Describe(key)} is '{value}', which is not {expected}.";
    }

    // The configuration binder's message for a value that does not convert to the property's type.
    [GeneratedRegex("^Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ConversionFailure();
}
