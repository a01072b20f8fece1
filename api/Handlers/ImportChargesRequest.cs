namespace Returns.Api.Handlers;

/// <summary>Import duty and tax paid on the delivery in the customer's country, in minor units of the order currency.</summary>
public sealed record ImportChargesRequest(long? Duty, long? Tax);
