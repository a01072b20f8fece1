using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Returns.Api.Configuration;
using Returns.Api.Http;
using Returns.Api.Security;
using Returns.Orchestrations.Routing.Network;

namespace Returns.Api.Handlers;

/// <summary>The carriers, rates, hubs and cost assumptions routes are chosen from: read and replace.</summary>
public sealed class RoutingHandlers(RoutingNetworkSource networks, IOptions<ReturnsSettings> settings)
{
    /// <summary>GET /api/admin/routing</summary>
    public async Task<IResult> GetAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        return Results.Json(await networks.CurrentAsync(cancellationToken), ApiJson.Options);
    }

    /// <summary>PUT /api/admin/routing: a whole network (the same shape GET answers), checked before it is used.</summary>
    public async Task<IResult> PutAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        var body = await RequestBody.ReadJsonAsync<RoutingNetwork>(request, cancellationToken);
        if (body.Error is not null)
            return body.Error;
        RoutingNetwork network = body.Value!;
        string? problem;
        try
        {
            problem = RoutingNetworkChecks.Problem(network);
        }
        catch (Exception e) when (e is NullReferenceException or ArgumentNullException or JsonException)
        {
            problem = "the network is incomplete: carriers, hubs and costs need every field GET /api/admin/routing shows.";
        }

        if (problem is not null)
            return Problems.BadRequest(problem);
        await networks.SaveAsync(network, cancellationToken);
        return Results.Json(network, ApiJson.Options);
    }
}
