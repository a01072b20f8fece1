namespace Returns.Api.Security;

/// <summary>
/// The two failure counters of guest access: per client (one address walking order numbers or return ids) and per
/// target, an order number or a return id (many addresses guessing one customer's email). The target limit is higher,
/// so one attacker cannot lock a customer out of their own order as easily as they lock themselves out.
/// <see cref="Shared"/>, set on Azure, adds the failures every other instance of the app counted.
/// </summary>
public sealed record GuestLookupLimits(GuestLookupLimiter Clients, GuestLookupLimiter Orders, TableGuestFailures? Shared = null);
