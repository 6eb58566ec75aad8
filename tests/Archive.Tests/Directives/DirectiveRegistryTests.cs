using Archive.Directives;
using Archive.Extraction;
using Archive.Model;

namespace Archive.Tests.Directives;

public sealed class DirectiveRegistryTests
{
    [Fact]
    public void GivesACodeCitedInDifferentYearsOneEntryPerYear()
    {
        var registry = DirectiveRegistry.Build([
            Citing("a", "32-KL/TW", new DateOnly(2018, 7, 5)),
            Citing("b", "32-KL/TW", new DateOnly(2022, 8, 10)),
            Citing("c", "32-KL/TW", null),
        ]);

        var slugs = registry.ForCode("32-KL/TW").Select(e => e.Slug).ToList();
        Assert.Equal(["32-kl-tw-2018", "32-kl-tw-2022", "32-kl-tw-undated"], slugs);
        Assert.Equal(["a"], registry.FindBySlug("32-kl-tw-2018")!.Documents);
    }

    [Fact]
    public void KeepsOneEntryWhenEveryDatedCitationAgrees()
    {
        var registry = DirectiveRegistry.Build([
            Citing("a", "105-QĐ/TW", new DateOnly(2017, 12, 19)),
            Citing("b", "105-QĐ/TW", null),
        ]);

        var entry = Assert.Single(registry.Entries);
        Assert.Equal("105-qd-tw", entry.Slug);
        Assert.Equal(new DateOnly(2017, 12, 19), entry.Date);
        Assert.Equal(["a", "b"], entry.Documents);
    }

    [Theory]
    [InlineData("105-qd-tw")]
    [InlineData("105-QD/TW")]
    [InlineData("105-QĐ/TƯ")]
    [InlineData("105 QĐ TW")]
    public void ResolvesAnyWrittenFormOfAKnownCode(string written)
    {
        var registry = DirectiveRegistry.Build([Citing("a", "105-QĐ/TW", null)]);

        Assert.Equal("105-QĐ/TW", registry.Resolve(written)?.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("%20")]
    [InlineData("không-có")]
    public void ResolvesNothingFromNothing(string? written)
    {
        // A page's route gives null for a blank slug ("/directives/%20").
        var registry = DirectiveRegistry.Build([Citing("a", "105-QĐ/TW", null)]);

        Assert.Null(registry.Resolve(written));
    }

    [Fact]
    public void ReadsEachDirectivesCitationsBackFromDiskWithTheirSentences()
    {
        using var folder = new TempFolder();
        var built = DirectiveRegistry.Build([
            Citing(
                "a",
                "32-KL/TW",
                new DateOnly(2018, 7, 5),
                "Thực hiện Kết luận số 32-KL/TW, tỉnh uỷ đã ban hành\nkế hoạch \"phòng, chống tham nhũng\"."),
            Citing("b", "32-KL/TW", new DateOnly(2022, 8, 10)),
            Citing("c", "05-KL/TW", null, "Kết luận 05-KL/TW về công tác nội chính."),
        ]);
        built.Save(folder.Path);

        using var loaded = DirectiveRegistry.Load(folder.Path);

        Assert.Equal(
            built.Entries,
            loaded.Entries,
            (x, y) => x.Slug == y.Slug && x.Documents.SequenceEqual(y.Documents));
        // Read in another order than written: each entry's citations are found by where they are, not read in turn.
        foreach (var entry in loaded.Entries.Reverse())
            Assert.Equal(built.CitationsOf(built.FindBySlug(entry.Slug)!), loaded.CitationsOf(entry));
        Assert.Contains(
            "tỉnh uỷ đã ban hành\nkế hoạch",
            loaded.CitationsOf(loaded.FindBySlug("32-kl-tw-2018")!).Single().Sentence);
    }

    [Fact]
    public void ListsTheDirectivesOfAnIndexWrittenWithoutACitationsFile()
    {
        using var folder = new TempFolder();
        DirectiveRegistry.Build([Citing("a", "32-KL/TW", new DateOnly(2018, 7, 5))]).Save(folder.Path);
        File.Delete(folder.File(DirectiveRegistry.CitationsFileName));

        using var loaded = DirectiveRegistry.Load(folder.Path);

        var entry = Assert.Single(loaded.Entries);
        Assert.Equal(["a"], entry.Documents);
        Assert.Empty(loaded.CitationsOf(entry));
    }

    [Fact]
    public void GivesEachRelationToBothEndsAndKeepsItOnDisk()
    {
        using var folder = new TempFolder();
        var documents = new[]
        {
            Parsed("a.txt", "Quyết định số 20-QĐ/TU thay thế Quyết định số 15-QĐ/TU về chế độ làm việc."),
            Parsed("b.txt", "Quyết định số 15-QĐ/TU đã được thay thế bởi Quyết định số 20-QĐ/TU."),
        };
        CitingDocument.Save(folder.Path, documents);
        var built = DirectiveRegistry.Build(CitingDocument.Load(folder.Path));
        built.Save(folder.Path);

        using var loaded = DirectiveRegistry.Load(folder.Path);

        var replaces = Assert.Single(loaded.Outgoing("20-QĐ/TU"));
        Assert.Equal((RelationKind.Replaces, "15-QĐ/TU"), (replaces.Kind, replaces.To));
        Assert.Equal([documents[0].Id, documents[1].Id], replaces.Sentences.Select(s => s.DocumentId));
        Assert.Equal(replaces, Assert.Single(loaded.Incoming("15-QĐ/TU")));
        Assert.Empty(loaded.Incoming("20-QĐ/TU"));
        Assert.Empty(loaded.Outgoing("15-QĐ/TU"));
    }

    private static CitingDocument Parsed(string file, string sentence) =>
        CitingDocument.Of(DocumentParser.Parse(
            file,
            System.Text.Encoding.UTF8.GetBytes($"Ban hành quy định mới\n\n04/04/2023\n\n{sentence}\n")).Document!);

    private static CitingDocument Citing(string id, string code, DateOnly? date, string? sentence = null) =>
        CitingDocument.Of(new ArchiveDocument
        {
            Id = id,
            Title = id,
            SourceFile = id + ".txt",
            Sha256 = "",
            Directives =
            [
                new DirectiveReference
                {
                    Code = code,
                    Type = "Kết luận",
                    Number = code.Split('-')[0],
                    Date = date,
                    Mention = code,
                    Sentence = sentence ?? code,
                },
            ],
        });
}
