using System.CommandLine;
using Archive.Cli;

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
        ArchiveCommands.Parse(),
    },
};

return root.Parse(args).Invoke();
