using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Hosting;
using EmergencyDSS.Web.Api;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.WebEncoders;

namespace EmergencyDSS.Web;

/// <summary>
/// The bureau console and the enterprise portal in the `dss serve` process: Razor Pages under Accounts/, Console/ and Portal/ with their
/// authorization declared per folder, the console's API additions (Api/), the stylesheet and htmx.
/// </summary>
internal sealed class ConsoleModule : IHostModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/";
            o.Conventions.AuthorizeFolder("/Accounts", Policies.SignedIn);
            o.Conventions.AllowAnonymousToPage("/Accounts/SignIn");
            o.Conventions.AuthorizeFolder("/Console", Policies.BureauRead);
            o.Conventions.AuthorizeFolder("/Console/Duty", Policies.Duty);
            o.Conventions.AuthorizeFolder("/Console/Approver", Policies.Approver);
            o.Conventions.AuthorizeFolder("/Console/Author", Policies.Author);
            o.Conventions.AuthorizeFolder("/Console/Admin", Policies.Admin);
            o.Conventions.AuthorizeFolder("/Portal", Policies.Enterprise);
            o.Conventions.AllowAnonymousToPage("/Portal/SignIn");
            o.Conventions.AllowAnonymousToPage("/Portal/Activate");
            o.Conventions.AuthorizeFolder("/Inspect", Policies.Inspector);
            o.Conventions.AuthorizeFolder("/Supervision", Policies.Supervision);
            o.Conventions.AllowAnonymousToPage("/Supervision/Exposure");
            o.Conventions.AuthorizeFolder("/Review", Policies.Supervision);
        }).AddApplicationPart(typeof(ConsoleModule).Assembly);
        // Chinese stays Chinese in the HTML (the default encoder writes every CJK character as an entity).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton<EvaluationReport>();
        services.AddSingleton<Console.DeskQueries>();
        services.AddSingleton<Console.WarningQueries>();
        services.AddSingleton<Console.RulesetImpact>();
        services.AddSingleton<Portal.PortalQueries>();
        services.AddSingleton<Portal.ImplementationReports>();
        services.AddSingleton<HtmlPdf>();
        services.AddSingleton<Verification.Inspections>();
        services.AddSingleton<Verification.IMonitoringData, Verification.StoredMonitoringData>();
        services.AddSingleton<Supervision.SupervisionQueries>();
        services.AddSingleton<Review.PostMortemQueries>();
    }

    public void Map(WebApplication app)
    {
        app.UseMiddleware<PasswordChangeGate>();
        StaticAssets.Map(app);
        ConsoleApiEndpoints.Map(app);
        EvidenceEndpoints.Map(app);
        app.MapRazorPages();
    }
}
