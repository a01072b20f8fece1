using Microsoft.Extensions.Logging;

namespace Returns.Api.Configuration;

/// <summary>
/// Keeps personal data out of the logs whatever levels are configured. ASP.NET Core's request line ("Request starting
/// HTTP/1.1 GET http://…/api/returns/RT-…?email=…") carries the query string, where guests' email addresses and signed
/// link tokens travel, so that category never logs below Warning; failures still reach the log through the handlers
/// and the exception handler, which do not write the query string.
/// </summary>
public static class PrivateLogging
{
    public const string RequestLineCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>Added after the configuration's rules, so it wins over a level configured for the same category.</summary>
    public static ILoggingBuilder AddPrivacyFilters(this ILoggingBuilder logging) =>
        logging.AddFilter(RequestLineCategory, LogLevel.Warning);
}
