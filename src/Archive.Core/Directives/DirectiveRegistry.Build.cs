using Archive.Extraction;
using Archive.Model;
using Archive.Text;

namespace Archive.Directives;

/// <summary>How the registry is built at import from every document's cited directives.</summary>
public sealed partial class DirectiveRegistry
{
    public static DirectiveRegistry Build(IEnumerable<CitingDocument> documents)
    {
        var byCode = new Dictionary<string, List<(CitingDocument Document, DirectiveReference Reference)>>(
            StringComparer.Ordinal);
        var stated = new List<(string DocumentId, StatedRelation Relation)>();
        foreach (var document in documents)
        {
            stated.AddRange((document.Relations ?? []).Select(r => (document.Id, r)));
            foreach (var reference in document.Directives.Where(d => d.Code is not null))
            {
                if (!byCode.TryGetValue(reference.Code!, out var list)) byCode[reference.Code!] = list = [];
                list.Add((document, reference));
            }
        }

        var entries = new List<DirectiveEntry>();
        var citationsBySlug = new Dictionary<string, IReadOnlyList<DirectiveCitation>>(StringComparer.Ordinal);
        void Add(
            string code,
            string slug,
            IReadOnlyList<(CitingDocument Document, DirectiveReference Reference)> citing)
        {
            var (entry, citations) = Entry(code, slug, citing);
            entries.Add(entry);
            citationsBySlug[slug] = citations;
        }

        foreach (var (code, citing) in byCode.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var years = citing.Select(c => c.Reference.Date?.Year).OfType<int>().Distinct().Order().ToList();
            if (years.Count <= 1)
            {
                Add(code, Slugs.Of(code), citing);
                continue;
            }
            // Different years: one entry per year; undated citations stay with the code's overview only.
            foreach (var year in years)
                Add(code, $"{Slugs.Of(code)}-{year}", citing.Where(c => c.Reference.Date?.Year == year).ToList());
            var undated = citing.Where(c => c.Reference.Date is null).ToList();
            if (undated.Count > 0) Add(code, $"{Slugs.Of(code)}-undated", undated);
        }
        return new DirectiveRegistry(
            entries,
            DirectiveRelations.Merge(stated),
            entry => citationsBySlug[entry.Slug]);
    }

    private static (DirectiveEntry, IReadOnlyList<DirectiveCitation>) Entry(
        string code, string slug, IReadOnlyList<(CitingDocument Document, DirectiveReference Reference)> citing)
    {
        var references = citing.Select(c => c.Reference).ToList();
        var first = references[0];
        var subject = references.Select(r => r.Subject).FirstOrDefault(s => s is not null);
        var citations = citing
            .Select(c =>
            {
                var done = c.Document.EventRelations?.FirstOrDefault(e => e.To == code);
                return new DirectiveCitation(
                    c.Document.Id,
                    c.Document.Title,
                    c.Document.Date,
                    c.Reference.Mention,
                    c.Reference.Sentence,
                    done?.Kind,
                    done?.Years);
            })
            .OrderBy(c => c.DocumentDate).ThenBy(c => c.DocumentId, StringComparer.Ordinal).ToList();
        var entry = new DirectiveEntry(
            code,
            slug,
            references.GroupBy(r => r.Type).OrderByDescending(g => g.Count()).First().Key,
            first.Number,
            first.Issuer,
            references.Select(r => r.IssuingBody).FirstOrDefault(b => b is not null),
            references.Select(r => r.Date).FirstOrDefault(d => d is not null),
            subject is null ? null : $"{first.Type} số {code} về {subject}",
            citations.Select(c => c.DocumentId).Distinct().ToList());
        return (entry, citations);
    }
}
