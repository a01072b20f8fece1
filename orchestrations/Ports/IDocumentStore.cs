namespace Returns.Orchestrations.Ports;

/// <summary>PDFs and photos of a return (labels, customs papers, credit notes).</summary>
public interface IDocumentStore
{
    Task SaveAsync(string returnId, string kind, byte[] content, string contentType, CancellationToken cancellationToken = default);

    Task<StoredDocument?> GetAsync(string returnId, string kind, CancellationToken cancellationToken = default);

    /// <summary>Deletes the document; false when there was none.</summary>
    Task<bool> DeleteAsync(string returnId, string kind, CancellationToken cancellationToken = default);
}
