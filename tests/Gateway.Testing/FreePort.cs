using System.Net;
using System.Net.Sockets;

namespace Gateway.Testing;

/// <summary>Free TCP ports on the loopback interface.</summary>
public static class FreePort
{
    /// <summary>
    /// A port that was free a moment ago: bind 127.0.0.1:0, read the port the system chose, release it.
    /// Another process could take it before the caller binds it, which is rare enough for tests.
    /// </summary>
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary><c>http://127.0.0.1:{port}</c> on a fresh free port, for <c>--urls</c>.</summary>
    public static Uri NextHttpUrl() => new($"http://127.0.0.1:{Next().ToString(System.Globalization.CultureInfo.InvariantCulture)}");
}
