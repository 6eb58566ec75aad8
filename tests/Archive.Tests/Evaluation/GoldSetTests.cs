using Archive.Evaluation;
using Archive.Extraction;
using Archive.Model;

namespace Archive.Tests.Evaluation;

public sealed class GoldSetTests
{
    private static readonly string GoldFile = Path.Combine(Repository.Root, "tests", "gold", "articles.json");

    public static TheoryData<string> GoldFiles => new() { "articles.json", "holdout.json" };

    private static IReadOnlyList<GoldArticle> Load(string name) =>
        GoldSet.Load(Path.Combine(Repository.Root, "tests", "gold", name));

    [Fact]
    public void TheGoldSetDescribesAtLeastEightyArticlesEachOnce()
    {
        var gold = GoldSet.Load(GoldFile);

        Assert.True(gold.Count >= 80, $"only {gold.Count} articles");
        Assert.Equal(gold.Count, gold.Select(a => a.File).Distinct().Count());
        Assert.All(gold, a => Assert.Matches("^[0-9a-f]{64}$", a.Sha256));
    }

    [Fact]
    public void TheHeldOutArticlesAreNotInTheGoldSet()
    {
        var tuned = GoldSet.Load(GoldFile).Select(a => a.File).ToHashSet();

        Assert.DoesNotContain(Load("holdout.json"), a => tuned.Contains(a.File));
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void TheGoldSetHoldsFactsNotTheArticlesText(string file)
    {
        var gold = Load(file);

        foreach (var article in gold)
        {
            var values = new[] { article.Title, article.Author, article.Source, article.Organisation }.OfType<string>()
                .Concat(article.People.SelectMany(p => (p.Roles ?? []).Append(p.Name)));
            Assert.All(values, v => Assert.True(v.Length <= 250, $"{article.File}: a value of {v.Length} characters"));
        }
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void EveryGoldDateIsARealDayAndEveryCodeIsCanonical(string file)
    {
        var gold = Load(file);

        foreach (var article in gold)
        {
            foreach (var date in new[] { article.Published, article.EventDate }.OfType<string>())
                Assert.True(DateOnly.TryParseExact(date, "yyyy-MM-dd", out _), $"{article.File}: {date}");
            foreach (var code in article.Codes)
                Assert.Equal(code, DirectiveExtraction.CanonicalCode(code));
        }
    }

    [Fact]
    public void ScoresAWrongValueAsBothWrongAndMissed()
    {
        var gold = new GoldArticle
        {
            File = "a.txt", Sha256 = "", Published = "2024-06-03", Codes = ["12-NQ/TW", "5-CT/TU"],
        };
        var document = new ArchiveDocument
        {
            Id = "a", Title = "T", SourceFile = "a.txt", Sha256 = "", Published = "2024-06-04T09:10+07:00",
            Directives =
            [
                new DirectiveReference
                {
                    Code = "12-NQ/TW", Type = "Nghị quyết", Number = "12", Mention = "12-NQ/TW", Sentence = "",
                },
            ],
        };

        var scores = ExtractionScore.Score([(gold, document)]).ToDictionary(s => s.Field);

        Assert.Equal((0, 1, 1), (scores["published"].Correct, scores["published"].Wrong, scores["published"].Missed));
        Assert.Equal((1, 0, 1), (scores["codes"].Correct, scores["codes"].Wrong, scores["codes"].Missed));
        Assert.Equal(0.5, scores["codes"].Recall);
        Assert.Equal(1.0, scores["codes"].Precision);
    }

    [Fact]
    public void TheRelationGoldNamesFilesByPathWithCanonicalCodesAndNoSentences()
    {
        var gold = GoldRelations.Load(Path.Combine(Repository.Root, "tests", "gold", "relations.json"));

        Assert.True(gold.Sum(f => f.Relations.Count) >= 20, "too few relations");
        Assert.Equal(gold.Count, gold.Select(f => f.File).Distinct().Count());
        foreach (var file in gold)
        {
            Assert.Matches("^[0-9a-f]{64}$", file.Sha256);
            Assert.All(file.Relations, r => Assert.Equal(r.From, DirectiveExtraction.CanonicalCode(r.From)));
            Assert.All(file.Relations, r => Assert.Equal(r.To, DirectiveExtraction.CanonicalCode(r.To)));
            var note = file.Notes ?? "";
            Assert.True(note.Length <= 250, $"{file.File}: a note of {note.Length} characters");
        }
        // The project's own files are there to be measured; the articles stay outside the repository.
        Assert.All(
            gold.Where(f => !f.File.StartsWith("../", StringComparison.Ordinal)),
            f => Assert.True(File.Exists(Path.Combine(Repository.Root, f.File)), f.File));
    }

    [Fact]
    public void ScoresARelationReadTheWrongWayRoundAsBothWrongAndMissed()
    {
        var gold = new GoldRelationFile
        {
            File = "a.txt", Sha256 = "", Relations = [new GoldRelation("20-QĐ/TW", RelationKind.Replaces, "15-QĐ/TW")],
        };
        var document = new ArchiveDocument
        {
            Id = "a", Title = "T", SourceFile = "a.txt", Sha256 = "",
            Relations = [new StatedRelation("15-QĐ/TW", RelationKind.Replaces, "20-QĐ/TW", null, "")],
        };

        var scores = RelationScore.Score([(gold, document)]).ToDictionary(s => s.Field);

        var replaces = scores[nameof(RelationKind.Replaces)];
        Assert.Equal((0, 1, 1), (replaces.Correct, replaces.Wrong, replaces.Missed));
        Assert.Equal((0, 1, 1), (scores[RelationScore.All].Correct, scores[RelationScore.All].Wrong,
            scores[RelationScore.All].Missed));
        Assert.Equal((0, 0, 0), (scores[nameof(RelationKind.Amends)].Correct, scores[nameof(RelationKind.Amends)].Wrong,
            scores[nameof(RelationKind.Amends)].Missed));
    }
}
