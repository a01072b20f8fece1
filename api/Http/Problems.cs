using Microsoft.AspNetCore.Http;
using Returns.Orchestrations.Localization;

namespace Returns.Api.Http;

/// <summary>
/// RFC 7807 problem+json answers with a readable detail; never a stack trace. Customer-facing answers carry a
/// stable <c>code</c> and a detail in the customer's language (the "errors." keys of the translation files).
/// </summary>
public static class Problems
{
    public static IResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static IResult Unauthorized(string detail) => Problem(StatusCodes.Status401Unauthorized, "Unauthorized", detail);

    public static IResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "Not found", detail);

    public static IResult Conflict(string detail) => Problem(StatusCodes.Status409Conflict, "Conflict", detail);

    public static IResult PayloadTooLarge(string detail) => Problem(StatusCodes.Status413PayloadTooLarge, "Payload too large", detail);

    public static IResult UnsupportedMediaType(string detail) => Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", detail);

    public static IResult TooManyRequests(string detail) => Problem(StatusCodes.Status429TooManyRequests, "Too many requests", detail);

    public static IResult Unavailable(string detail) => Problem(StatusCodes.Status503ServiceUnavailable, "Service unavailable", detail);

    public static IResult Problem(int status, string title, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: title);

    /// <summary>A customer-facing problem: detail from "errors.{code}" in the customer's language.</summary>
    public static IResult ForCustomer(int status, CustomerLocale locale, string code, params (string Name, object? Value)[] args) =>
        Results.Problem(
            detail: locale.Text("errors." + code, args),
            statusCode: status,
            title: Title(status),
            extensions: new Dictionary<string, object?> { ["code"] = code, ["language"] = locale.Language });

    private static string Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Bad request",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status410Gone => "Gone",
        StatusCodes.Status413PayloadTooLarge => "Payload too large",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
        StatusCodes.Status429TooManyRequests => "Too many requests",
        _ => "Error",
    };
}
