using System.Net.Sockets;
using Grpc.Net.Client;

namespace Returns.Local.Durable;

/// <summary>
/// Creates gRPC channels that talk HTTP/2 to the <see cref="LocalDurableSidecar"/> over its Unix domain socket.
/// </summary>
public static class DurableGrpcChannelFactory
{
    /// <summary>
    /// Creates a new channel; the caller owns (disposes) it. Give the worker and the client a channel each:
    /// the worker's long-lived work-item stream and hundreds of client long-polls
    /// (WaitForInstanceCompletionAsync) must not compete for one connection's HTTP/2 stream limit.
    /// </summary>
    public static GrpcChannel Create(string socketPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(socketPath);

        var handler = new SocketsHttpHandler
        {
            // Every "connection" is a fresh connect to the socket; the URI host is only a placeholder.
            ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
            // Open a further connection instead of queueing when the server's stream limit is reached.
            EnableMultipleHttp2Connections = true,
            // Idle sockets to a sidecar that was restarted are useless; do not keep them around.
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        };

        return GrpcChannel.ForAddress("http://localhost", new GrpcChannelOptions
        {
            HttpHandler = handler,
            DisposeHttpClient = true,
        });
    }
}
