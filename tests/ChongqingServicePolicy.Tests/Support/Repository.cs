namespace ChongqingServicePolicy.Tests.Support;

/// <summary>Files of the repository the tests read (the README, the sample data, the pinned outputs).</summary>
internal static class Repository
{
    /// <summary>
    /// The repository's root folder, the one holding ChongqingServicePolicy.sln. Source paths are mapped in
    /// deterministic CI builds, so it is found from the test's output folder.
    /// </summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChongqingServicePolicy.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with ChongqingServicePolicy.sln) is not above " + AppContext.BaseDirectory);
    }

    /// <summary>The full path of a file given relative to the repository's root.</summary>
    public static string PathOf(string relative) => Path.Combine(Root(), relative);
}
