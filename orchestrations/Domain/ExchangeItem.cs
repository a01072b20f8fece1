namespace Returns.Orchestrations.Domain;

/// <summary>One replacement shipped for an exchange.</summary>
public sealed record ExchangeItem(string Sku, int Quantity);
