using Cargoman.Infrastructure.Configuration;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cargoman.Infrastructure.Messaging;

public static class RabbitMqBusExtensions
{
    /// <summary>
    /// Registers validated <see cref="RabbitMqOptions"/>.
    /// </summary>
    public static IServiceCollection AddRabbitMqOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RabbitMqOptions>().Bind(configuration.GetSection(RabbitMqOptions.SectionName));
        services.AddSingleton<IValidateOptions<RabbitMqOptions>, RabbitMqOptionsValidator>();
        SettingsCheck.Register<RabbitMqOptions>(services);
        return services;
    }

    /// <summary>
    /// Points the bus at the broker of <see cref="RabbitMqOptions.Url"/>, with publisher confirms on.
    /// </summary>
    public static void UseCargomanBroker(this IRabbitMqBusFactoryConfigurator configurator, IBusRegistrationContext context)
    {
        var url = AmqpUrl.Parse(context.GetRequiredService<IOptions<RabbitMqOptions>>().Value.Url);
        configurator.Host(url.Host, (ushort)url.Port, url.VirtualHost, host =>
        {
            host.Username(url.Username);
            host.Password(url.Password);

            // A publish completes only after the broker confirmed it, so that the poller can move its
            // position knowing that nothing before it can be lost.
            host.PublisherConfirmation = true;
            if (url.UseTls)
            {
                host.UseSsl(ssl => ssl.ServerName = url.Host);
            }
        });
    }
}
