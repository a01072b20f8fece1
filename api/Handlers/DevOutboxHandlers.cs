using Microsoft.AspNetCore.Http;
using Returns.Adapters.Outbox;
using Returns.Api.Http;

namespace Returns.Api.Handlers;

/// <summary>Local host only: what would have been emailed or published.</summary>
public sealed class DevOutboxHandlers(TableOutbox outbox)
{
    /// <summary>GET /api/dev/outbox</summary>
    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var max = int.TryParse(request.Query["max"], out var m) && m is > 0 and <= 1000 ? m : 200;
        var items = await outbox.ListAsync(max, cancellationToken);
        return Results.Json(items.Select(i => new
        {
            id = i.Id,
            kind = i.Kind,
            to = i.To,
            subject = i.Subject,
            text = i.Text,
            html = i.Html,
            links = i.Links,
            at = i.At,
        }), ApiJson.Options);
    }
}
