namespace Cargoman.Demo; internal static class Program { private static int Main() => 0; }
