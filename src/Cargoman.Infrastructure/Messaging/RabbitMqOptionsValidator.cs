using Cargoman.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace Cargoman.Infrastructure.Messaging;

internal sealed class RabbitMqOptionsValidator : IValidateOptions<RabbitMqOptions>
{
    public ValidateOptionsResult Validate(string? name, RabbitMqOptions options)
    {
        var result = new SettingsValidationResult();
        if (string.IsNullOrWhiteSpace(options.Url))
        {
            result.Add("RabbitMq:Url", "is missing: set it to an AMQP URL such as amqp://cargoman:secret@127.0.0.1:5672/cargoman.");
            return result.ToResult();
        }

        try
        {
            _ = AmqpUrl.Parse(options.Url);
        }
        catch (FormatException exception)
        {
            result.Add("RabbitMq:Url", $"is invalid: {exception.Message}.");
        }

        return result.ToResult();
    }
}
