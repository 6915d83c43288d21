using System.Net;
using System.Net.Sockets;

namespace Gateway.Testing.Tests;

public sealed class FreePortTests
{
    [Fact]
    public void Next_returns_a_loopback_port_that_can_be_bound()
    {
        var port = FreePort.Next();

        Assert.InRange(port, 1024, 65535);
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        listener.Stop();
    }

    [Fact]
    public void Next_hands_out_different_ports()
    {
        var ports = Enumerable.Range(0, 5).Select(_ => FreePort.Next()).ToHashSet();

        Assert.True(ports.Count > 1, "five calls all returned " + string.Join(", ", ports));
    }

    [Fact]
    public void NextHttpUrl_is_a_loopback_http_address()
    {
        var url = FreePort.NextHttpUrl();

        Assert.Equal("http", url.Scheme);
        Assert.Equal("127.0.0.1", url.Host);
        Assert.NotEqual(0, url.Port);
    }
}
