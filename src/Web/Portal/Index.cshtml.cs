using EmergencyDSS.Scheduler.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmergencyDSS.Web.Portal;

/// <summary>The enterprise's home: current measures with exact times, its notices (receipts, reminders, escalations), past episodes.</summary>
internal sealed class PortalIndexModel(PortalQueries queries) : PageModel
{
    public string CreditCode { get; private set; } = "";
    public IReadOnlyList<MeasureLine> Measures { get; private set; } = [];
    public IReadOnlyList<PortalQueries.NoticeLine> Notices { get; private set; } = [];
    public IReadOnlyList<PortalQueries.EpisodeLine> Episodes { get; private set; } = [];

    public async Task OnGetAsync()
    {
        CreditCode = User.EnterpriseCode()!;
        Measures = await queries.CurrentMeasuresAsync(CreditCode);
        Notices = await queries.NoticesAsync(CreditCode);
        Episodes = await queries.EpisodesAsync(CreditCode);
    }

    public static string Outcome(string? outcome) => outcome switch
    {
        "complied" => "已落实", "partly" => "部分落实", "not_complied" => "未落实", null => "未检查", _ => outcome,
    };
}
