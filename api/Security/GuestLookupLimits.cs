namespace Returns.Api.Security;

/// <summary>
/// The two failure counters of guest lookups: per client (one address walking order numbers) and per order number
/// (many addresses guessing one order's email). The order limit is higher, so one attacker cannot lock a
/// customer out of their own order as easily as they lock themselves out.
/// </summary>
public sealed record GuestLookupLimits(GuestLookupLimiter Clients, GuestLookupLimiter Orders);
