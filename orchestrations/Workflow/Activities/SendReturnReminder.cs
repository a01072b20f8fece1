using Microsoft.DurableTask;
using Returns.Orchestrations.Notifications;
using Returns.Orchestrations.Ports;

namespace Returns.Orchestrations.Workflow.Activities;

public sealed class SendReturnReminder(ReturnContextLoader loader, CustomerEmailComposer emails, INotifier notifier)
    : TaskActivity<ReminderRequest, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, ReminderRequest request)
    {
        var record = await loader.ReturnAsync(request.ReturnId);
        await notifier.SendAsync(emails.ForReminder(record, request));
        return true;
    }
}
