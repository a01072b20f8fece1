using Returns.Orchestrations.Backoffice;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Notifications;
using Returns.Orchestrations.Ports;
using Returns.Tests.Adapters;
using Returns.Tests.Photos;

namespace Returns.Tests.Fuzz;

/// <summary>
/// The data the fuzz host starts with, so that each route's unmutated sample request succeeds and its mutations
/// reach the code behind the checks: an order, returns in the stages the merchant routes act on, a label, a photo
/// and a unit in the returned-stock ledger.
/// </summary>
public sealed record FuzzWorld(
    Order Order,
    ReturnRecord AwaitingConfirmation,
    ReturnRecord AwaitingApproval,
    ReturnRecord InTransit,
    ReturnRecord Received,
    string TrackingNumber,
    string PhotoId,
    string ConfirmToken,
    string AccessToken,
    string PolicyJson,
    string RoutingJson)
{
    public const string Email = "anna@example.de";

    public static async Task<FuzzWorld> SeedAsync(FuzzHost host)
    {
        StorageWriteRecorder.CurrentCase = "seed";
        var now = DateTimeOffset.UtcNow;
        var order = AdapterSamples.Order(AdapterSamples.NewOrderNumber(), Email) with
        {
            PlacedAt = now.AddDays(-7),
            DeliveredAt = now.AddDays(-3),
            // Enough units that returns the fuzzer creates do not use the line up for the rest of the run.
            Lines =
            [
                new OrderLine("TEE-BLK-M", "Tee black M", 100_000, 2500, "610910", "TW", "apparel", 200, ["summer"]),
                new OrderLine("CAP-RED", "Cap red", 1, 1500, Tags: ["final_sale"]),
            ],
        };
        await host.Get<IOrderStore>().UpsertAsync(order);

        var returns = host.Get<IReturnStore>();
        async Task<ReturnRecord> SeedReturn(string stage, Func<ReturnRecord, ReturnRecord>? change = null)
        {
            var record = AdapterSamples.Return(AdapterSamples.NewReturnId(), order.OrderNumber, stage, quantity: 2);
            record = change?.Invoke(record) ?? record;
            await returns.SaveAsync(record);
            host.SetInstanceExists(record.ReturnId);
            return record;
        }

        var tracking = "FZ" + AzuriteStorage.Unique() + "TW";
        var confirming = await SeedReturn(ReturnStages.AwaitingConfirmation);
        var approving = await SeedReturn(ReturnStages.AwaitingApproval);
        var inTransit = await SeedReturn(ReturnStages.InTransit, r => r with
        {
            Label = new LabelInfo("Returns Post", "International Return", tracking, now),
            Documents = ["label"],
        });
        await returns.IndexTrackingNumberAsync(tracking, inTransit.ReturnId);
        await host.Get<IDocumentStore>().SaveAsync(inTransit.ReturnId, "label", "%PDF-1.4 fuzz"u8.ToArray(), "application/pdf");
        var received = await SeedReturn(ReturnStages.Received);
        await host.Get<IStockLedger>().RecordAsync(new StockUnit(
            received.ReturnId, "TEE-BLK-M", 1, "B", "restock", null, "hub-de", StockStatuses.All[0], 0, "EUR", now, null));
        var photoId = await host.Get<IPhotoStore>().SaveAsync(order.OrderNumber, PngSamples.Clean(), "image/png");

        var links = host.Get<ReturnLinks>();
        var confirmUrl = links.ConfirmUrl(confirming.ReturnId, now);
        var confirmToken = Uri.UnescapeDataString(confirmUrl[(confirmUrl.IndexOf("token=", StringComparison.Ordinal) + 6)..].Split('&')[0]);

        var policy = await host.Client.SendAsync(Admin(HttpMethod.Get, "api/admin/policy"));
        var routing = await host.Client.SendAsync(Admin(HttpMethod.Get, "api/admin/routing"));
        return new FuzzWorld(order, confirming, approving, inTransit, received, tracking, photoId, confirmToken,
            links.AccessToken(inTransit.ReturnId), await policy.Content.ReadAsStringAsync(), await routing.Content.ReadAsStringAsync());
    }

    private static HttpRequestMessage Admin(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add(Returns.Api.Security.AdminKey.Header, FuzzHost.AdminKey);
        request.Headers.Add(FuzzHost.CaseHeader, "seed");
        return request;
    }
}
