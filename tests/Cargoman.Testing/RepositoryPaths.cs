namespace Cargoman.Testing;

/// <summary>
/// Paths in the repository, found from the test assembly's output folder.
/// </summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration of the running tests, read from their output path (bin/&lt;configuration&gt;/net10.0).</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    /// <summary>Returns the built dll of a project folder such as standins/StripeStandIn.</summary>
    public static string Program(string projectDirectory)
    {
        var path = Path.Combine(Root, projectDirectory, "bin", Configuration, "net10.0", Path.GetFileName(projectDirectory) + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing; build the solution with -c {Configuration}.", path);
    }

    public static string Scenario(string name) => Path.Combine(Root, "scenarios", name);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Cargoman.Sync.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No Cargoman.Sync.sln above {AppContext.BaseDirectory}.");
    }
}
