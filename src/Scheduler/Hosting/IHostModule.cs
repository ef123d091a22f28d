using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EmergencyDSS.Scheduler.Hosting;

/// <summary>
/// A part of the `dss serve` process built outside the scheduler (the console in src/Web): its services,
/// and its endpoints mapped after authentication and the scheduler's own routes.
/// </summary>
internal interface IHostModule
{
    void AddServices(IServiceCollection services);
    void Map(WebApplication app);
}
