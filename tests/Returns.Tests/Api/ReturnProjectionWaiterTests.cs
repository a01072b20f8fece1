using Moq;
using Returns.Api.Workflow;
using Returns.Orchestrations.Domain;
using Returns.Orchestrations.Ports;

namespace Returns.Tests.Api;

public sealed class ReturnProjectionWaiterTests
{
    private static readonly ReturnRecord Before = new(
        "RT-WAIT0001", "TW-1", "a@example.de", "A", "en", "EUR", Resolutions.Refund, [], ReturnStages.InTransit,
        DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "DE", "TW") { Sequence = 4 };

    [Fact]
    public async Task WaitForNextStepAsync_WorkflowAppliesTheAction_ReturnsTheNewProjection()
    {
        var store = new Mock<IReturnStore>();
        store.SetupSequence(s => s.GetAsync(Before.ReturnId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(Before)
            .ReturnsAsync(Before with { Sequence = 5, Stage = ReturnStages.Received });

        var latest = await new ReturnProjectionWaiter(store.Object, TimeSpan.FromSeconds(5)).WaitForNextStepAsync(Before, CancellationToken.None);

        Assert.Equal(ReturnStages.Received, latest.Stage);
        store.Verify(s => s.GetAsync(Before.ReturnId, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task WaitForNextStepAsync_WorkflowTooSlow_ReturnsTheProjectionAsItIsAtTheTimeout()
    {
        var store = new Mock<IReturnStore>();
        store.Setup(s => s.GetAsync(Before.ReturnId, It.IsAny<CancellationToken>())).ReturnsAsync(Before);

        var latest = await new ReturnProjectionWaiter(store.Object, TimeSpan.FromMilliseconds(300)).WaitForNextStepAsync(Before, CancellationToken.None);

        Assert.Equal(ReturnStages.InTransit, latest.Stage);
    }

    [Fact]
    public async Task WaitForNextStepAsync_NoTimeout_DoesNotReadAtAll()
    {
        var store = new Mock<IReturnStore>(MockBehavior.Strict);

        var latest = await new ReturnProjectionWaiter(store.Object, TimeSpan.Zero).WaitForNextStepAsync(Before, CancellationToken.None);

        Assert.Same(Before, latest);
    }
}
