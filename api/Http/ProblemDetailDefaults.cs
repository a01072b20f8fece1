using Microsoft.AspNetCore.Http;

namespace Returns.Api.Http;

/// <summary>A readable detail for the problems the framework writes itself (unknown route, wrong method, crash).</summary>
public static class ProblemDetailDefaults
{
    public static void Fill(ProblemDetailsContext context)
    {
        var request = context.HttpContext.Request;
        context.ProblemDetails.Detail ??= context.ProblemDetails.Status switch
        {
            StatusCodes.Status404NotFound => $"There is no route {request.Method} {request.Path}.",
            StatusCodes.Status405MethodNotAllowed => $"{request.Path} does not accept {request.Method}.",
            StatusCodes.Status413PayloadTooLarge => $"The body is larger than {RequestBody.MaxBytes} bytes.",
            >= 500 => "Something went wrong on our side. Please try again in a moment.",
            _ => "The request could not be handled.",
        };
        // Exception details stay in the server log; the answer never carries a stack trace.
        context.ProblemDetails.Extensions.Remove("exception");
    }
}
