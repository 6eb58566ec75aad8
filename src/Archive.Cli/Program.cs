using System.CommandLine;

namespace Archive.Cli;

/// <summary>The `archive` command. Not top-level statements: the site already owns the global `Program`.</summary>
public static class ArchiveCli
{
    public static int Main(string[] args) => Run(args);

    public static int Run(string[] args)
    {
        var index = new Option<DirectoryInfo>("--index")
        {
            Description = "The index folder",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("data", "index")),
            Recursive = true,
        };

        var root = new RootCommand("Lưu trữ Nội chính: import, list and show archived documents")
        {
            Options = { index },
            Subcommands =
            {
                ArchiveCommands.Import(index),
                ArchiveCommands.List(index),
                ArchiveCommands.Show(index),
                ArchiveCommands.Verify(index),
                ArchiveCommands.Export(index),
                ArchiveCommands.Parse(),
                ArchiveCommands.Eval(),
            },
        };

        return root.Parse(args).Invoke();
    }
}
