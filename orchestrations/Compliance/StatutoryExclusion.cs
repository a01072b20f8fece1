namespace Returns.Orchestrations.Compliance;

/// <summary>
/// Order lines tagged <see cref="Tag"/> (see <see cref="LineTags"/>) are outside the right. When
/// <see cref="RequiresNotice"/> is set the exclusion holds only if the merchant told the customer beforehand
/// (its policy was displayed): Taiwan, and Korea for most exclusions.
/// </summary>
public sealed record StatutoryExclusion(string Tag, bool RequiresNotice, string? Note = null);
