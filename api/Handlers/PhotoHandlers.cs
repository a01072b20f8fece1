using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Returns.Api.Configuration;
using Returns.Api.Http;
using Returns.Api.Photos;
using Returns.Api.Security;
using Returns.Orchestrations.Ports;

namespace Returns.Api.Handlers;

/// <summary>
/// Photos customers attach to returned items: uploaded one at a time before the return is submitted
/// (multipart form with email, orderNumber and photo), checked to be an image, stripped of location data,
/// stored in Blob storage. Merchants view them with the admin key.
/// </summary>
public sealed class PhotoHandlers(GuestAccess guests, IPhotoStore photos, IOptions<ReturnsSettings> settings)
{
    public const int MaxPhotoBytes = RequestLimits.PhotoMaxBytes;

    /// <summary>The form may carry the photo plus a little text; anything larger is refused unread.</summary>
    private const int MaxFormBytes = RequestLimits.PhotoFormMaxBytes;

    /// <summary>POST /api/portal/photos → 201 { photoId, contentType, bytes }</summary>
    public async Task<IResult> UploadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var locale = RequestLocale.Of(request);
        if (!request.HasFormContentType)
            return Problems.ForCustomer(StatusCodes.Status415UnsupportedMediaType, locale, "unsupportedMediaType");
        if (request.ContentLength > MaxFormBytes)
            return TooLarge(locale);

        var (form, tooLarge) = await ReadFormAsync(request, cancellationToken);
        if (tooLarge)
            return TooLarge(locale);
        if (form is null)
            return Problems.ForCustomer(StatusCodes.Status400BadRequest, locale, "photoNotImage");

        var access = await guests.FindOrderAsync(request, locale, form["email"], form["orderNumber"], cancellationToken);
        if (access.Error is not null)
            return access.Error;
        locale = RequestLocale.Of(request, access.Order!.Locale);

        var file = form.Files.GetFile("photo") ?? form.Files.FirstOrDefault();
        if (file is null || file.Length == 0)
            return Problems.ForCustomer(StatusCodes.Status400BadRequest, locale, "photoEmpty");
        if (file.Length > MaxPhotoBytes)
            return TooLarge(locale);

        var check = PhotoSanitizer.Sanitize(await ReadFileAsync(file, cancellationToken));
        if (!check.Succeeded)
        {
            return check.Error == PhotoCheck.TooLarge
                ? TooLarge(locale)
                : Problems.ForCustomer(StatusCodes.Status400BadRequest, locale, check.Error == PhotoCheck.Empty ? "photoEmpty" : "photoNotImage");
        }

        var photoId = await photos.SaveAsync(access.Order.OrderNumber, check.Content, check.ContentType, cancellationToken);
        return Results.Json(new { photoId, contentType = check.ContentType, bytes = check.Content.Length }, ApiJson.Options, statusCode: StatusCodes.Status201Created);
    }

    private static IResult TooLarge(Orchestrations.Localization.CustomerLocale locale) =>
        Problems.ForCustomer(StatusCodes.Status413PayloadTooLarge, locale, "photoTooLarge", ("size", MaxPhotoBytes / (1024 * 1024)));

    /// <summary>
    /// POST /api/admin/photos (x-api-key): a photo the warehouse takes of a parcel (multipart: returnId, photo), kept
    /// with the return's order and attached to the receipt by its id → 201 { photoId, url }.
    /// </summary>
    public async Task<IResult> AdminUploadAsync(HttpRequest request, IReturnStore returns, CancellationToken cancellationToken)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        if (!request.HasFormContentType)
            return Problems.UnsupportedMediaType("Send the photo as multipart/form-data with returnId and photo.");
        var (form, tooLarge) = request.ContentLength > MaxFormBytes ? (null, true) : await ReadFormAsync(request, cancellationToken);
        if (tooLarge)
            return RequestLimits.TooLarge(request, "AdminUploadPhoto");
        if (form is null)
            return Problems.BadRequest("The form could not be read: send multipart/form-data with returnId and photo.");
        if (await returns.GetAsync(form["returnId"].ToString(), cancellationToken) is not { } record)
            return Problems.NotFound("returnId names no return.");
        if ((form.Files.GetFile("photo") ?? form.Files.FirstOrDefault()) is not { Length: > 0 and <= MaxPhotoBytes } file)
            return Problems.BadRequest($"photo must be a JPEG, PNG or WebP image of at most {MaxPhotoBytes / (1024 * 1024)} MB.");
        var check = PhotoSanitizer.Sanitize(await ReadFileAsync(file, cancellationToken));
        if (!check.Succeeded)
            return Problems.BadRequest("photo must be a JPEG, PNG or WebP image.");
        var photoId = await photos.SaveAsync(record.OrderNumber, check.Content, check.ContentType, cancellationToken);
        return Results.Json(new { photoId, url = $"api/admin/photos/{photoId}" }, ApiJson.Options, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>The multipart form; null when it is malformed, with TooLarge when it is larger than a photo and a little text.</summary>
    private static async Task<(IFormCollection? Form, bool TooLarge)> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var options = new Microsoft.AspNetCore.Http.Features.FormOptions { MultipartBodyLengthLimit = MaxFormBytes, BufferBodyLengthLimit = MaxFormBytes };
            return (await request.ReadFormAsync(options, cancellationToken), false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, true); // the server's limit for this route, reached by a chunked body
        }
        catch (InvalidDataException e) when (e.Message.Contains("body length limit", StringComparison.OrdinalIgnoreCase))
        {
            return (null, true); // the form's own length limits
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException or ArgumentException or FormatException)
        {
            // ArgumentException: the multipart reader's answer to some malformed part headers (a broken filename*).
            return (null, false);
        }
    }

    private static async Task<byte[]> ReadFileAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var bytes = new byte[file.Length];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(bytes, cancellationToken);
        return bytes;
    }

    /// <summary>GET /api/admin/photos/{photoId} (x-api-key)</summary>
    public async Task<IResult> GetAsync(HttpRequest request, string photoId, CancellationToken cancellationToken)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        var photo = await photos.GetAsync(photoId, cancellationToken);
        return photo is null ? Problems.NotFound("No photo has this id.") : Results.File(photo.Content, photo.ContentType);
    }
}
