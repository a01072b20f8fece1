using System.Text;
using Microsoft.AspNetCore.Http;
using Returns.Api.Handlers;
using Returns.Api.Http;
using Returns.Api.Integrations;
using Returns.Api.Security;

namespace Returns.Tests.Security;

/// <summary>The route table's access classes, and the checks behind the merchant key and the platform signatures.</summary>
public sealed class AccessControlTests
{
    [Fact]
    public void RouteTable_EveryRoute_HasADeclaredAccessClass()
    {
        var undeclared = ApiRoutes.All.Where(r => RouteAccessTable.Of(r) is null).Select(r => r.Name).ToList();

        Assert.True(undeclared.Count == 0,
            $"Routes without an access class (declare who may call them in {nameof(RouteAccessTable)}): {string.Join(", ", undeclared)}");
    }

    [Fact]
    public void RouteAccessTable_NamesOnlyRoutesOfTheTable()
    {
        var names = ApiRoutes.All.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);

        var stale = RouteAccessTable.ByName.Keys.Where(n => !names.Contains(n)).ToList();

        Assert.True(stale.Count == 0, "Access classes of routes that do not exist: " + string.Join(", ", stale));
    }

    [Fact]
    public void RouteAccessTable_DeveloperRoutes_AreLocalOnly_AndEveryAdminRouteNeedsTheKey()
    {
        Assert.All(RouteSamples.WithAccess(RouteAccess.LocalDeveloper), r => Assert.True(r.LocalOnly, r.Name));
        Assert.All(ApiRoutes.All.Where(r => r.Template.StartsWith("api/admin/", StringComparison.Ordinal)),
            r => Assert.Equal(RouteAccess.MerchantKey, RouteAccessTable.Of(r)));
    }

    [Theory]
    [InlineData("k3y-0123456789abcdef", "k3y-0123456789abcdef", true)]
    [InlineData("k3y-0123456789abcdef", "k3y-0123456789abcdeg", false)] // last character
    [InlineData("k3y-0123456789abcdef", "k3y-0123456789abcde", false)] // shorter
    [InlineData("k3y-0123456789abcdef", "k3y-0123456789abcdef0", false)] // longer
    [InlineData("k3y-0123456789abcdef", "", false)]
    [InlineData("k3y-0123456789abcdef", null, false)]
    [InlineData(null, null, false)]
    public void ConstantTime_Equals_OnlyForTheSameText(string? expected, string? given, bool equal)
    {
        Assert.Equal(equal, ConstantTime.Equals(given, expected));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void AdminKey_NoKeyConfigured_RefusesEveryone(string? configured)
    {
        foreach (var sent in new string?[] { null, "", "   ", "anything" })
        {
            var request = new DefaultHttpContext().Request;
            if (sent is not null)
                request.Headers[AdminKey.Header] = sent;

            var denied = AdminKey.Check(request, configured);

            Assert.Equal(StatusCodes.Status401Unauthorized, Assert.IsAssignableFrom<IStatusCodeHttpResult>(denied).StatusCode);
        }
    }

    [Fact]
    public void AdminKey_RightKey_Passes()
    {
        var request = new DefaultHttpContext().Request;
        request.Headers[AdminKey.Header] = "k3y-0123456789abcdef";

        Assert.Null(AdminKey.Check(request, "k3y-0123456789abcdef"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void PlatformWebhook_NoSecretConfigured_RefusesADeliverySignedWithTheEmptySecret(string secret)
    {
        var body = Encoding.UTF8.GetBytes("""{ "name": "#1001" }""");
        var request = new DefaultHttpContext().Request;
        request.Headers[ShopifyHandlers.SignatureHeader] = Convert.ToBase64String(WebhookSignatures.Compute(secret, body));
        request.Headers[ShopifyHandlers.TopicHeader] = "orders/create";
        var webhook = new SignedTopicWebhook(ShopifyHandlers.SignatureHeader, ShopifyHandlers.TopicHeader, ShopifyHandlers.Topics);

        var (payload, answer) = webhook.Read<Returns.Api.Integrations.ShopifyOrder>(request, new RequestBody.Raw(body, null), secret);

        Assert.Null(payload);
        Assert.Equal(StatusCodes.Status401Unauthorized, Assert.IsAssignableFrom<IStatusCodeHttpResult>(answer).StatusCode);
    }
}
