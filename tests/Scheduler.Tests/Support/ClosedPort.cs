using System.Net;
using System.Net.Sockets;

namespace EmergencyDSS.Scheduler.Tests.Support;

/// <summary>A loopback port nobody listens on: bound once to get a free number, then released.</summary>
internal static class ClosedPort
{
    public static int Find()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
