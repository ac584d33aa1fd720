using Cargoman.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace Cargoman.Infrastructure.Database;

internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var result = new SettingsValidationResult();
        if (string.IsNullOrWhiteSpace(options.Url))
        {
            result.Add("Database:Url", "is missing: set it to a PostgreSQL URL such as postgres://cargoman:secret@127.0.0.1:5432/cargoman.");
            return result.ToResult();
        }

        try
        {
            _ = PostgresUrl.Parse(options.Url);
        }
        catch (FormatException exception)
        {
            // The URL may contain a password, so the message shows only what is wrong with it.
            result.Add("Database:Url", $"is invalid: {exception.Message}.");
        }

        return result.ToResult();
    }
}
