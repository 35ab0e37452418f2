using System.Net;
using System.Net.Sockets;

namespace Newsdesk.Tests;

/// <summary>Free TCP ports on 127.0.0.1 for the loopback servers tests start.</summary>
internal static class LoopbackPort
{
    /// <summary>A port nothing listens on now (the system's pick; free again once the probe closes).</summary>
    public static int Free()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
