using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Archive.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Tests.Web;

/// <summary>/dataset and /dataset/archive-bag.zip: the served generation as a zipped BagIt bag.</summary>
public sealed class BagDownloadTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private const string Download = "/dataset/archive-bag.zip";

    [Fact]
    public async Task DownloadsABagWhoseEveryManifestLineHoldsForTheEntriesOfTheZip()
    {
        var client = factory.CreateClient();

        var answer = await client.GetAsync(Download);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("application/zip", answer.Content.Headers.ContentType!.MediaType);
        var name = answer.Content.Headers.ContentDisposition!.FileName!.Trim('"');
        Assert.Matches(@"^luu-tru-noi-chinh-\d{4}-\d{2}-\d{2}\.zip$", name);
        Assert.Equal("attachment", answer.Content.Headers.ContentDisposition.DispositionType);
        Assert.NotNull(answer.Headers.ETag);
        Assert.NotNull(answer.Content.Headers.LastModified);
        using var zip = new ZipArchive(new MemoryStream(await answer.Content.ReadAsByteArrayAsync()));
        var root = name[..^".zip".Length] + "/";
        Assert.All(zip.Entries, e => Assert.StartsWith(root, e.FullName, StringComparison.Ordinal));
        var entries = zip.Entries.ToDictionary(e => e.FullName[root.Length..], Read, StringComparer.Ordinal);
        Assert.Equal(
            "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", Encoding.UTF8.GetString(entries["bagit.txt"]));
        var manifest = Encoding.UTF8.GetString(entries["manifest-sha256.txt"])
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split("  ", 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[1]), p => p[0], StringComparer.Ordinal);
        Assert.Equal(
            entries.Keys.Where(k => k.StartsWith("data/", StringComparison.Ordinal)).Order(StringComparer.Ordinal),
            manifest.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, hash) in manifest)
            Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(entries[path])));
        var lines = Encoding.UTF8.GetString(entries["data/documents.jsonl"])
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var lease = factory.Services.GetRequiredService<ArchiveHost>().Lease();
        Assert.Equal(lease.Index.Catalog.Documents.Count, lines.Length);
        Assert.Equal(
            lease.Index.Catalog.Documents.Select(d => d.Id).Order(StringComparer.Ordinal),
            lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!)
                .Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task HeadGivesTheHeadersWithoutTheBag()
    {
        var client = factory.CreateClient();

        var answer = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, Download));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("application/zip", answer.Content.Headers.ContentType!.MediaType);
        Assert.Empty(await answer.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task IsNotKeptInTheOutputCacheButAnsweredNotModifiedByItsGeneration()
    {
        var client = factory.CreateClient();

        var first = await client.GetAsync(Download);
        var second = await client.GetAsync(Download);
        var again = new HttpRequestMessage(HttpMethod.Get, Download);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var notModified = await client.SendAsync(again);

        Assert.Null(second.Headers.Age);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ThePageStatesTheDocumentsAndTheSourcesSizeAndLinksTheDownload()
    {
        var client = factory.CreateClient();

        var page = await PageTests.ParseAsync(await client.GetAsync("/dataset"));

        using var lease = factory.Services.GetRequiredService<ArchiveHost>().Lease();
        var facts = page.QuerySelectorAll("dd").Select(d => new string([.. d.TextContent.Where(char.IsAsciiDigit)]))
            .ToList();
        Assert.Contains(lease.Index.Catalog.Documents.Count.ToString(CultureInfo.InvariantCulture), facts);
        var bytes = Directory.GetFiles(factory.SourceDirectory, "*.txt").Sum(f => new FileInfo(f).Length);
        Assert.Contains(facts, f => f.EndsWith(bytes.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.Equal(Download, page.QuerySelector($"main a[href='{Download}']")?.GetAttribute("href"));
        var home = await PageTests.ParseAsync(await client.GetAsync("/"));
        Assert.NotNull(home.QuerySelector("footer a[href='/dataset']"));
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
