namespace Returns.Orchestrations.Domain;

/// <summary>A variant the customer may exchange an order line for (another size or colour of the same product).</summary>
public sealed record OrderVariant(string Sku, string Name, bool InStock = true);
