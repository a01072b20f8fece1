using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Returns.Tests.Integrations;

/// <summary>
/// Webhook bodies shaped as the platforms document them: Shopify's sample orders/create payload (webhook topic
/// reference) and WooCommerce's REST API order example (order 727). Tests give each a unique order number because
/// all tests share one Azurite.
/// </summary>
public static class ShopPayloads
{
    public const string ShopifySample = """
    {
      "id": 820982911946154508,
      "email": "jon@doe.ca",
      "closed_at": null,
      "created_at": "2019-06-04T13:53:06-04:00",
      "updated_at": "2019-06-04T13:53:06-04:00",
      "number": 234,
      "note": null,
      "token": "123456abcd",
      "gateway": null,
      "test": true,
      "total_price": "403.00",
      "subtotal_price": "393.00",
      "total_weight": 0,
      "total_tax": "0.00",
      "taxes_included": false,
      "currency": "USD",
      "financial_status": "voided",
      "confirmed": false,
      "total_discounts": "5.00",
      "total_line_items_price": "398.00",
      "cart_token": null,
      "buyer_accepts_marketing": true,
      "name": "#9999",
      "referring_site": null,
      "landing_site": null,
      "cancelled_at": "2019-06-04T13:53:06-04:00",
      "cancel_reason": "customer",
      "total_price_usd": null,
      "checkout_token": null,
      "reference": null,
      "user_id": null,
      "location_id": null,
      "source_identifier": null,
      "source_url": null,
      "processed_at": null,
      "device_id": null,
      "phone": null,
      "customer_locale": "en",
      "app_id": null,
      "browser_ip": null,
      "landing_site_ref": null,
      "order_number": 1234,
      "discount_applications": [
        { "type": "manual", "value": "5.0", "value_type": "fixed_amount", "allocation_method": "one",
          "target_selection": "explicit", "target_type": "line_item", "description": "Discount", "title": "Discount" }
      ],
      "discount_codes": [],
      "note_attributes": [],
      "payment_gateway_names": ["visa", "bogus"],
      "processing_method": "",
      "checkout_id": null,
      "source_name": "web",
      "fulfillment_status": "pending",
      "tax_lines": [],
      "tags": "",
      "contact_email": "jon@doe.ca",
      "order_status_url": "https://apple.myshopify.com/690933842/orders/123456abcd/authenticate?key=abcdefg",
      "presentment_currency": "USD",
      "total_shipping_price_set": {
        "shop_money": { "amount": "10.00", "currency_code": "USD" },
        "presentment_money": { "amount": "10.00", "currency_code": "USD" }
      },
      "line_items": [
        {
          "id": 866550311766439020,
          "variant_id": 808950810,
          "title": "IPod Nano - 8GB",
          "quantity": 1,
          "sku": "IPOD2008PINK",
          "variant_title": null,
          "vendor": null,
          "fulfillment_service": "manual",
          "product_id": 632910392,
          "requires_shipping": true,
          "taxable": true,
          "gift_card": false,
          "name": "IPod Nano - 8GB",
          "variant_inventory_management": "shopify",
          "properties": [],
          "product_exists": true,
          "fulfillable_quantity": 1,
          "grams": 567,
          "price": "199.00",
          "total_discount": "0.00",
          "fulfillment_status": null,
          "price_set": {
            "shop_money": { "amount": "199.00", "currency_code": "USD" },
            "presentment_money": { "amount": "199.00", "currency_code": "USD" }
          },
          "discount_allocations": [],
          "tax_lines": []
        },
        {
          "id": 141249953214522974,
          "variant_id": 808950810,
          "title": "IPod Nano - 8GB",
          "quantity": 1,
          "sku": "IPOD2008PINK",
          "variant_title": null,
          "vendor": null,
          "fulfillment_service": "manual",
          "product_id": 632910392,
          "requires_shipping": true,
          "taxable": true,
          "gift_card": false,
          "name": "IPod Nano - 8GB",
          "variant_inventory_management": "shopify",
          "properties": [],
          "product_exists": true,
          "fulfillable_quantity": 1,
          "grams": 567,
          "price": "199.00",
          "total_discount": "5.00",
          "fulfillment_status": null,
          "price_set": {
            "shop_money": { "amount": "199.00", "currency_code": "USD" },
            "presentment_money": { "amount": "199.00", "currency_code": "USD" }
          },
          "discount_allocations": [
            {
              "amount": "5.00",
              "discount_application_index": 0,
              "amount_set": {
                "shop_money": { "amount": "5.00", "currency_code": "USD" },
                "presentment_money": { "amount": "5.00", "currency_code": "USD" }
              }
            }
          ],
          "tax_lines": []
        }
      ],
      "shipping_lines": [
        {
          "id": 271878346596884015,
          "title": "Generic Shipping",
          "price": "10.00",
          "code": null,
          "source": "shopify",
          "phone": null,
          "requested_fulfillment_service_id": null,
          "delivery_category": null,
          "carrier_identifier": null,
          "discounted_price": "10.00",
          "price_set": {
            "shop_money": { "amount": "10.00", "currency_code": "USD" },
            "presentment_money": { "amount": "10.00", "currency_code": "USD" }
          },
          "discounted_price_set": {
            "shop_money": { "amount": "10.00", "currency_code": "USD" },
            "presentment_money": { "amount": "10.00", "currency_code": "USD" }
          },
          "discount_allocations": [],
          "tax_lines": []
        }
      ],
      "billing_address": {
        "first_name": "Bob", "address1": "123 Billing Street", "phone": "555-555-BILL", "city": "Billtown", "zip": "K2P0B0",
        "province": "Kentucky", "country": "United States", "last_name": "Biller", "address2": null, "company": "My Company",
        "latitude": null, "longitude": null, "name": "Bob Biller", "country_code": "US", "province_code": "KY"
      },
      "shipping_address": {
        "first_name": "Steve", "address1": "123 Shipping Street", "phone": "555-555-SHIP", "city": "Shippington", "zip": "40003",
        "province": "Kentucky", "country": "United States", "last_name": "Shipper", "address2": null, "company": "Shipping Company",
        "latitude": null, "longitude": null, "name": "Steve Shipper", "country_code": "US", "province_code": "KY"
      },
      "fulfillments": [],
      "refunds": [],
      "customer": {
        "id": 115310627314723954,
        "email": "john@test.com",
        "accepts_marketing": false,
        "created_at": null,
        "updated_at": null,
        "first_name": "John",
        "last_name": "Smith",
        "orders_count": 0,
        "state": "disabled",
        "total_spent": "0.00",
        "last_order_id": null,
        "note": null,
        "verified_email": true,
        "multipass_identifier": null,
        "tax_exempt": false,
        "phone": null,
        "tags": "",
        "last_order_name": null,
        "currency": "USD",
        "default_address": {
          "id": 715243470612851245, "customer_id": 115310627314723954, "first_name": null, "last_name": null, "company": null,
          "address1": "123 Elm St.", "address2": null, "city": "Ottawa", "province": "Ontario", "country": "Canada", "zip": "K2H7A8",
          "phone": "123-123-1234", "name": "", "province_code": "ON", "country_code": "CA", "country_name": "Canada", "default": true
        }
      }
    }
    """;

    public const string WooCommerceSample = """
    {
      "id": 727,
      "parent_id": 0,
      "number": "727",
      "order_key": "wc_order_58d2d042d1d",
      "created_via": "rest-api",
      "version": "3.0.0",
      "status": "completed",
      "currency": "USD",
      "date_created": "2017-03-22T16:28:02",
      "date_created_gmt": "2017-03-22T19:28:02",
      "date_modified": "2017-03-22T16:30:35",
      "date_modified_gmt": "2017-03-22T19:30:35",
      "discount_total": "0.00",
      "discount_tax": "0.00",
      "shipping_total": "10.00",
      "shipping_tax": "0.00",
      "cart_tax": "1.35",
      "total": "29.35",
      "total_tax": "1.35",
      "prices_include_tax": false,
      "customer_id": 0,
      "customer_ip_address": "",
      "customer_user_agent": "",
      "customer_note": "",
      "billing": {
        "first_name": "John", "last_name": "Doe", "company": "", "address_1": "969 Market", "address_2": "",
        "city": "San Francisco", "state": "CA", "postcode": "94103", "country": "US",
        "email": "john.doe@example.com", "phone": "(555) 555-5555"
      },
      "shipping": {
        "first_name": "John", "last_name": "Doe", "company": "", "address_1": "969 Market", "address_2": "",
        "city": "San Francisco", "state": "CA", "postcode": "94103", "country": "US"
      },
      "payment_method": "bacs",
      "payment_method_title": "Direct Bank Transfer",
      "transaction_id": "",
      "date_paid": "2017-03-22T16:28:08",
      "date_paid_gmt": "2017-03-22T19:28:08",
      "date_completed": "2017-03-22T16:30:35",
      "date_completed_gmt": "2017-03-22T19:30:35",
      "cart_hash": "",
      "meta_data": [
        { "id": 13106, "key": "_download_permissions_granted", "value": "yes" },
        { "id": 13109, "key": "_order_stock_reduced", "value": "yes" }
      ],
      "line_items": [
        {
          "id": 315, "name": "Woo Single #1", "product_id": 93, "variation_id": 0, "quantity": 2, "tax_class": "",
          "subtotal": "6.00", "subtotal_tax": "0.45", "total": "6.00", "total_tax": "0.45",
          "taxes": [ { "id": 75, "total": "0.45", "subtotal": "0.45" } ],
          "meta_data": [], "sku": "", "price": 3
        },
        {
          "id": 316, "name": "Ship Your Idea &ndash; Color: Black, Size: M Test", "product_id": 22, "variation_id": 23, "quantity": 1,
          "tax_class": "", "subtotal": "12.00", "subtotal_tax": "0.90", "total": "12.00", "total_tax": "0.90",
          "taxes": [ { "id": 75, "total": "0.9", "subtotal": "0.9" } ],
          "meta_data": [ { "id": 2095, "key": "pa_color", "value": "black" }, { "id": 2096, "key": "size", "value": "M Test" } ],
          "sku": "Bar3", "price": 12
        }
      ],
      "tax_lines": [
        { "id": 318, "rate_code": "US-CA-STATE TAX", "rate_id": 75, "label": "State Tax", "compound": false,
          "tax_total": "1.35", "shipping_tax_total": "0.00", "meta_data": [] }
      ],
      "shipping_lines": [
        { "id": 317, "method_title": "Flat Rate", "method_id": "flat_rate", "total": "10.00", "total_tax": "0.00", "taxes": [], "meta_data": [] }
      ],
      "fee_lines": [],
      "coupon_lines": [],
      "refunds": [],
      "_links": {
        "self": [ { "href": "https://example.com/wp-json/wc/v3/orders/727" } ],
        "collection": [ { "href": "https://example.com/wp-json/wc/v3/orders" } ]
      }
    }
    """;

    /// <summary>A digits-only order number no other test uses (customers type "#1001" or "1001").</summary>
    public static string NewNumber() => (100_000_000_000L + Random.Shared.NextInt64(900_000_000_000L)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Shopify's sample as the order "#<paramref name="number"/>", changed by <paramref name="change"/>.</summary>
    public static string Shopify(string number, Action<JsonObject>? change = null) => Edit(ShopifySample, o =>
    {
        o["name"] = "#" + number;
        change?.Invoke(o);
    });

    /// <summary>WooCommerce's example as the order <paramref name="number"/>, changed by <paramref name="change"/>.</summary>
    public static string WooCommerce(string number, Action<JsonObject>? change = null) => Edit(WooCommerceSample, o =>
    {
        o["number"] = number;
        change?.Invoke(o);
    });

    /// <summary>base64(HMAC-SHA256(secret, body)), as both platforms sign.</summary>
    public static string Sign(string secret, string body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    private static string Edit(string json, Action<JsonObject> change)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        change(node);
        return node.ToJsonString();
    }
}
