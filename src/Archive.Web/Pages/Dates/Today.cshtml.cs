namespace Archive.Web.Pages.Dates;

/// <summary>What happened on this day in earlier years (the day in Vietnam, UTC+7).</summary>
public sealed class TodayModel(IndexLease archive, TimeProvider clock) : PageModel
{
    public DateOnly Today { get; } = Archive.Text.VietnameseDates.Today(clock);

    public IReadOnlyList<DocumentSummary> Documents => archive.Index.Catalog.OnThisDay(Today);
}
