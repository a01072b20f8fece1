using System.Text;
using System.Text.Json;
using Returns.Api.Http;
using Returns.Api.Security;

namespace Returns.Tests.Fuzz;

/// <summary>The fuzzer's own checks see what they must: a write is charged to its request, under the key the snapshot shows.</summary>
public sealed class FuzzHarnessTests(FuzzHostFixture fixture) : IClassFixture<FuzzHostFixture>
{
    [Fact]
    public async Task Snapshot_OrderStoredByARequest_ChangedItemsAreTheWritesChargedToIt()
    {
        var host = fixture.Host;
        var before = await StorageSnapshot.TakeAsync(host.Tables, host.Blobs);
        var request = new FuzzRequest(ApiRoutes.All.Single(r => r.Name == "PutOrder"))
        {
            Body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(FuzzSamples.Order(fixture.World, "TW-" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture)), ApiJson.Options)),
            ContentType = "application/json",
        };
        request.Headers[AdminKey.Header] = FuzzHost.AdminKey;

        using var response = await host.Client.SendAsync(request.ToMessage("harness-1"));
        var after = await StorageSnapshot.TakeAsync(host.Tables, host.Blobs);

        Assert.Equal(201, (int)response.StatusCode);
        var changed = after.ChangedSince(before);
        var written = host.Writes.WritesOf("harness-1").SelectMany(w => w.Keys).ToHashSet();
        Assert.Contains(changed, c => c.StartsWith("Orders/order|", StringComparison.Ordinal));
        Assert.Contains(changed, c => c.StartsWith("Orders/alias|", StringComparison.Ordinal));
        Assert.All(changed, c => Assert.Contains(c, written));
        Assert.True(before.Count > 0, "the snapshot sees the seeded data");
    }
}
