namespace Returns.Orchestrations.Notifications;

public enum LinkTokenStatus
{
    Invalid,
    Expired,
    Valid,
}
