using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Returns.Api.Handlers;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;
using Returns.Tests.Photos;

namespace Returns.Tests.Api;

/// <summary>Photos the warehouse takes of a parcel: uploaded for the return, without location data, attached to the receipt.</summary>
public sealed class WarehousePhotoTests : IDisposable
{
    private readonly ApiHarness _api = new();

    public void Dispose() => _api.Dispose();

    private async Task<ApiResponse> UploadAsync(string returnId, byte[] photo, bool adminKey = true)
    {
        var context = _api.Context("POST", contentType: "multipart/form-data; boundary=x", adminKey: adminKey);
        context.Request.Form = new FormCollection(
            new Dictionary<string, StringValues> { ["returnId"] = returnId },
            new FormFileCollection { new FormFile(new MemoryStream(photo), 0, photo.Length, "photo", "parcel.jpg") });
        return await ApiHarness.RunAsync(context, _api.Get<PhotoHandlers>().AdminUploadAsync(context.Request, _api.Get<IReturnStore>(), CancellationToken.None));
    }

    [Fact]
    public async Task Upload_ThenReceipt_ThePhotoTravelsWithTheReceiptWithoutGps()
    {
        var record = await _api.SeedReturnAsync(ReturnStages.InTransit);

        var uploaded = await UploadAsync(record.ReturnId, JpegSamples.Phone());
        var photoId = uploaded.Json.GetProperty("photoId").GetString()!;
        var context = _api.Json("POST", new { location = "Warehouse Taipei", lines = new[] { new { sku = "TEE-BLK-M", quantity = 2 } }, photos = new[] { photoId } }, adminKey: true);
        var receipt = await ApiHarness.RunAsync(context, _api.Get<AdminHandlers>().RecordReceiptAsync(context.Request, _api.Client, record.ReturnId, CancellationToken.None));

        Assert.Equal(201, uploaded.Status);
        Assert.Equal(202, receipt.Status);
        Assert.Equal([photoId], Assert.Single(_api.RaisedFor(record.ReturnId)).Receipt!.Photos);
        var stored = await _api.Get<IPhotoStore>().GetAsync(photoId);
        Assert.Equal(record.OrderNumber, stored!.OrderNumber, ignoreCase: true);
        Assert.DoesNotContain("GPS", System.Text.Encoding.ASCII.GetString(stored.Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_NotAnImage400_UnknownReturn404_NoKey401()
    {
        var record = await _api.SeedReturnAsync(ReturnStages.InTransit);

        Assert.Equal(400, (await UploadAsync(record.ReturnId, "not a picture"u8.ToArray())).Status);
        Assert.Equal(404, (await UploadAsync("RT-NOPE0000", JpegSamples.Phone())).Status);
        Assert.Equal(401, (await UploadAsync(record.ReturnId, JpegSamples.Phone(), adminKey: false)).Status);
    }
}
