namespace Returns.Orchestrations.Notifications;

public sealed record LinkTokenCheck(LinkTokenStatus Status, LinkToken? Token)
{
    public static LinkTokenCheck Invalid { get; } = new(LinkTokenStatus.Invalid, null);
    public static LinkTokenCheck ExpiredFor(LinkToken token) => new(LinkTokenStatus.Expired, token);
    public static LinkTokenCheck ValidFor(LinkToken token) => new(LinkTokenStatus.Valid, token);
}
