using Grpc.Net.Client;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Client.Grpc;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Grpc;

namespace Returns.Local.Durable;

public static class LocalDurableServiceCollectionExtensions
{
    /// <summary>DI key of the worker's channel to the sidecar.</summary>
    public const string WorkerChannelKey = "Returns.Local.Durable.WorkerChannel";

    /// <summary>DI key of the client's channel to the sidecar.</summary>
    public const string ClientChannelKey = "Returns.Local.Durable.ClientChannel";

    /// <summary>
    /// Adds the local durable-task stack: the <see cref="LocalDurableSidecar"/> as a hosted service, a gRPC
    /// worker running the tasks of <paramref name="registerTasks"/>, and an injectable <see cref="DurableTaskClient"/>.
    /// </summary>
    /// <remarks>
    /// Call it before anything else that registers a Durable Task worker: hosted services start in
    /// registration order (the sidecar must listen before the worker connects) and stop in reverse
    /// (the worker lets go of its stream before the sidecar stops). One call per process: only one
    /// worker may connect to one sidecar.
    /// </remarks>
    public static IServiceCollection AddLocalDurableTask(
        this IServiceCollection services,
        LocalDurableOptions options,
        Action<DurableTaskRegistry> registerTasks)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(registerTasks);

        if (services.Any(d => d.ServiceType == typeof(LocalDurableSidecar)))
        {
            throw new InvalidOperationException("AddLocalDurableTask was already called: only one worker may connect to one sidecar.");
        }

        services.AddSingleton(sp => new LocalDurableSidecar(options, sp.GetService<ILoggerFactory>()));
        services.AddHostedService(sp => sp.GetRequiredService<LocalDurableSidecar>());

        // Separate channels so client long-polls never queue behind the worker's streams. Created by the
        // container (not up front) so the container disposes them after the worker and client.
        services.AddKeyedSingleton(WorkerChannelKey, (_, _) => DurableGrpcChannelFactory.Create(options.SidecarSocketPath));
        services.AddKeyedSingleton(ClientChannelKey, (_, _) => DurableGrpcChannelFactory.Create(options.SidecarSocketPath));

        services.AddDurableTaskWorker(builder =>
        {
            builder.AddTasks(registerTasks);
            builder.UseGrpc();
            builder.Services.AddOptions<GrpcDurableTaskWorkerOptions>(builder.Name)
                .Configure<IServiceProvider>((grpc, sp) => grpc.Channel = sp.GetRequiredKeyedService<GrpcChannel>(WorkerChannelKey));
        });

        services.AddDurableTaskClient(builder =>
        {
            builder.UseGrpc();
            builder.Services.AddOptions<GrpcDurableTaskClientOptions>(builder.Name)
                .Configure<IServiceProvider>((grpc, sp) => grpc.Channel = sp.GetRequiredKeyedService<GrpcChannel>(ClientChannelKey));
        });

        return services;
    }
}
