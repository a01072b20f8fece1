using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Returns.Api.Handlers;

namespace Returns.Functions.Http;

/// <summary>The merchant's privacy routes (x-api-key, checked by the handler).</summary>
public sealed class PrivacyFunctions(ErasureHandlers erasure)
{
    [Function(nameof(AdminEraseCustomer))]
    public Task<IResult> AdminEraseCustomer(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/admin/customers/erase")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        erasure.EraseAsync(request, client, cancellationToken);
}
