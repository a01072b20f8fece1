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
    public const int MaxPhotoBytes = PhotoSanitizer.MaxBytes;

    /// <summary>The form may carry the photo plus a little text; anything larger is refused unread.</summary>
    private const int MaxFormBytes = MaxPhotoBytes + (64 * 1024);

    /// <summary>POST /api/portal/photos → 201 { photoId, contentType, bytes }</summary>
    public async Task<IResult> UploadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var locale = RequestLocale.Of(request);
        if (!request.HasFormContentType)
            return Problems.ForCustomer(StatusCodes.Status415UnsupportedMediaType, locale, "unsupportedMediaType");
        if (request.ContentLength > MaxFormBytes)
            return TooLarge(locale);

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new Microsoft.AspNetCore.Http.Features.FormOptions { MultipartBodyLengthLimit = MaxFormBytes }, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Problems.ForCustomer(StatusCodes.Status400BadRequest, locale, "photoNotImage");
        }

        var access = await guests.FindOrderAsync(request, locale, form["email"], form["orderNumber"], cancellationToken);
        if (access.Error is not null)
            return access.Error;
        locale = RequestLocale.Of(request, access.Order!.Locale);

        var file = form.Files.GetFile("photo") ?? form.Files.FirstOrDefault();
        if (file is null || file.Length == 0)
            return Problems.ForCustomer(StatusCodes.Status400BadRequest, locale, "photoEmpty");
        if (file.Length > MaxPhotoBytes)
            return TooLarge(locale);

        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
            await stream.ReadExactlyAsync(bytes, cancellationToken);

        var check = PhotoSanitizer.Sanitize(bytes);
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

    /// <summary>GET /api/admin/photos/{photoId} (x-api-key)</summary>
    public async Task<IResult> GetAsync(HttpRequest request, string photoId, CancellationToken cancellationToken)
    {
        if (AdminKey.Check(request, settings.Value.AdminApiKey) is { } denied)
            return denied;
        var photo = await photos.GetAsync(photoId, cancellationToken);
        return photo is null ? Problems.NotFound("No photo has this id.") : Results.File(photo.Content, photo.ContentType);
    }
}
