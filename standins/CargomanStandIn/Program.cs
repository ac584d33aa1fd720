using CargomanStandIn;
using CargomanStandIn.Packages;

if (!CommandLine.TryParse(args, out var options, out var error))
{
    if (error is null)
    {
        await Console.Out.WriteLineAsync(CommandLine.Usage);
        return 0;
    }

    await Console.Error.WriteLineAsync(error);
    await Console.Error.WriteLineAsync(CommandLine.Usage);
    return 2;
}

Catalogue? catalogue;
if (options!.PackagesPath is null)
{
    catalogue = DefaultCatalogue.Create();
}
else if (!CatalogueLoader.TryLoad(options.PackagesPath, out catalogue, out error))
{
    await Console.Error.WriteLineAsync(error);
    return 2;
}

// The arguments are parsed above and not passed on, so the tokens never enter the configuration system.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
builder.AddCargomanStandIn(options, catalogue!);

var app = builder.Build();
app.UseCargomanStandIn();
await app.RunAsync();
return 0;
