namespace Cargoman.Demo;

/// <summary>
/// Finds the repository and the built programs that the demo starts.
/// </summary>
/// <param name="Configuration">The build configuration the demo itself was built with; the other programs must be built with it too.</param>
internal sealed record RepositoryLayout(string Root, string Configuration)
{
    public static RepositoryLayout Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Cargoman.Sync.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException($"No Cargoman.Sync.sln above {AppContext.BaseDirectory}: run the demo from its build output inside the repository.");
        }

        // The output folder is <project>/bin/<configuration>/<framework>/.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Release";
        return new RepositoryLayout(directory.FullName, configuration);
    }

    public string DefaultScenario => Path.Combine(Root, "scenarios", "demo.json");

    public string LogDirectory => Path.Combine(Root, ".demo", "logs");

    /// <summary>Returns the path of a built program, such as src/Cargoman.Poller, or throws naming the build command.</summary>
    public string Program(string projectDirectory)
    {
        var name = Path.GetFileName(projectDirectory);
        var path = Path.Combine(Root, projectDirectory, "bin", Configuration, "net10.0", name + ".dll");
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{path} is missing: build the solution first with 'dotnet build Cargoman.Sync.sln -c {Configuration}'.");
    }
}
