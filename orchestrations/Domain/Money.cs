namespace Returns.Orchestrations.Domain;

/// <summary>An amount in minor units (cents, yen) of an ISO 4217 currency; never a double.</summary>
public sealed record Money(long Amount, string Currency)
{
    public static Money Zero(string currency) => new(0, currency);

    public Money Add(Money other)
    {
        if (!string.Equals(Currency, other.Currency, StringComparison.Ordinal))
            throw new InvalidOperationException($"Cannot add {other.Currency} to {Currency}.");
        return this with { Amount = checked(Amount + other.Amount) };
    }
}
