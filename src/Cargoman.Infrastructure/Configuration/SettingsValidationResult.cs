using Microsoft.Extensions.Options;

namespace Cargoman.Infrastructure.Configuration;

/// <summary>
/// Collects setting errors and turns them into a <see cref="ValidateOptionsResult"/>.
/// </summary>
public sealed class SettingsValidationResult
{
    private readonly List<string> _errors = [];

    /// <summary>
    /// Records that the setting at <paramref name="key"/> is invalid; the message starts with the setting's names.
    /// </summary>
    public void Add(string key, string problem)
    {
        _errors.Add($"{EnvironmentSettings.Describe(key)} {problem}");
    }

    public ValidateOptionsResult ToResult()
    {
        return _errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(_errors);
    }
}
