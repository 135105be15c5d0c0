using System.Net;
using System.Net.Sockets;
using System.Text;
using Rememberizer.Contract.MockServer.Hosting;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Http;

/// <summary>
/// What a client on a real socket sees of <c>fault=reset</c> and <c>fault=empty</c>: a connection reset, and a
/// connection closed before a single byte (curl's "empty reply from server"). Kestrel on a loopback port.
/// </summary>
public sealed class SocketFaultTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ResetIsSeenAsAConnectionReset()
    {
        await using var server = await InProcessMock.StartAsync([], Ct);
        using var socket = await SendLogOutAsync(server, "fault=reset");

        var error = await Assert.ThrowsAsync<SocketException>(async () => await ReadToEndAsync(socket));

        Assert.Equal(SocketError.ConnectionReset, error.SocketErrorCode);
    }

    [Fact]
    public async Task EmptyClosesTheConnectionWithoutAByte()
    {
        await using var server = await InProcessMock.StartAsync([], Ct);
        using var socket = await SendLogOutAsync(server, "fault=empty");

        var received = await ReadToEndAsync(socket);

        Assert.Equal(0, received);
    }

    [Fact]
    public async Task AnHttpClientReportsBothAsFailedRequests()
    {
        await using var server = await InProcessMock.StartAsync([], Ct);
        using var client = new HttpClient { BaseAddress = server.ProviderRoot };

        var reset = await Assert.ThrowsAsync<HttpRequestException>(() => client.SendPreferringAsync(HttpMethod.Post, "/api/v1/auth/custom-logout/", "fault=reset"));
        var empty = await Assert.ThrowsAsync<HttpRequestException>(() => client.SendPreferringAsync(HttpMethod.Post, "/api/v1/auth/custom-logout/", "fault=empty"));

        Assert.Contains(Causes(reset), e => e is SocketException { SocketErrorCode: SocketError.ConnectionReset });
        Assert.Equal(HttpRequestError.ResponseEnded, empty.HttpRequestError);
    }

    private static async Task<Socket> SendLogOutAsync(InProcessMock server, string prefer)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, server.ProviderRoot.Port), Ct);
        var request = $"POST /api/v1/auth/custom-logout/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nPrefer: {prefer}\r\n\r\n";
        await socket.SendAsync(Encoding.ASCII.GetBytes(request), SocketFlags.None, Ct);
        return socket;
    }

    /// <summary>Reads until the server closes the connection; the number of bytes the server sent.</summary>
    private static async Task<int> ReadToEndAsync(Socket socket)
    {
        var buffer = new byte[4096];
        var total = 0;
        int read;
        while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, Ct)) > 0)
        {
            total += read;
        }

        return total;
    }

    private static IEnumerable<Exception> Causes(Exception error)
    {
        for (var cause = error.InnerException; cause is not null; cause = cause.InnerException)
        {
            yield return cause;
        }
    }
}
