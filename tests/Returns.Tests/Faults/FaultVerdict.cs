using System.Diagnostics;
using System.Text.Json.Nodes;
using Returns.Tests.EndToEnd;
using Returns.Tests.Payments;

namespace Returns.Tests.Faults;

/// <summary>What every fault run must end with: nothing accepted lost, one refund per return, one event id per step, no return stuck.</summary>
internal static class FaultVerdict
{
    /// <summary>Waits (bounded) until every return is closed; a return that does not close is stuck.</summary>
    public static async Task<Dictionary<string, JsonObject>> AllClosedAsync(FaultLoad load, IReadOnlyList<ReturnTrip> trips, TimeSpan timeout)
    {
        var finals = new Dictionary<string, JsonObject>();
        var clock = Stopwatch.StartNew();
        foreach (var trip in trips)
        {
            var left = timeout - clock.Elapsed;
            finals[trip.ReturnId] = await load.WaitForAsync(trip, r => ReturnsHttp.Stage(r) == "closed", "closed", left > TimeSpan.FromSeconds(5) ? left : TimeSpan.FromSeconds(5));
        }

        return finals;
    }

    /// <summary>Every request the host answered 2xx shows in its return's timeline (a stage reached, or the note it made).</summary>
    public static void EveryAcceptedRequestReflected(FaultLoad load, Dictionary<string, JsonObject> finals)
    {
        foreach (var accepted in load.Accepted)
        {
            var timeline = finals[accepted.ReturnId]["timeline"]!.AsArray();
            Assert.True(
                timeline.Any(t => t!["stage"]!.GetValue<string>() == accepted.Evidence
                    || t["note"]?.GetValue<string>()?.Contains(accepted.Evidence, StringComparison.Ordinal) == true),
                $"Accepted {accepted.Kind} of {accepted.ReturnId} ({accepted.Evidence}{(accepted.AfterRetry ? ", after a retry" : "")}) is not in its timeline: {timeline.ToJsonString()}");
        }
    }

    /// <summary>Exactly one Stripe refund per return, against the order's payment, of the amount the return shows.</summary>
    public static void OneRefundEach(StripeStub stripe, IReadOnlyList<ReturnTrip> trips, Dictionary<string, JsonObject> finals)
    {
        var refunds = stripe.Refunds.GroupBy(r => r["metadata"]!["return_id"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var trip in trips)
        {
            Assert.True(refunds.TryGetValue(trip.ReturnId, out var made), $"No Stripe refund for {trip.ReturnId}");
            var refund = Assert.Single(made!);
            Assert.Equal(trip.ExpectedRefund, refund["amount"]!.GetValue<long>());
            Assert.Equal(trip.PaymentReference, refund["payment_intent"]!.GetValue<string>());
            Assert.Equal(trip.ExpectedRefund, finals[trip.ReturnId]["refund"]!["amount"]!.GetValue<long>());
        }

        Assert.Equal(trips.Count, refunds.Count);
    }

    /// <summary>
    /// Every stage change reaches the merchant's webhook, under one id per step: a repeated delivery carries the same
    /// id and the same body, and no step is delivered twice under different ids (an event that names the one it
    /// supersedes replaces it). Returns (ids, deliveries, superseding events).
    /// </summary>
    public static async Task<(int Ids, int Deliveries, int Superseding)> EventsOncePerStepAsync(EventReceiver events, IReadOnlyList<ReturnTrip> trips, Dictionary<string, JsonObject> finals)
    {
        // Wait until every return's stage changes arrived (a count of ids is not enough: a superseding event adds one).
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(3) && !AllStagesDelivered(events, trips, finals))
            await Task.Delay(250);

        var deliveries = events.Deliveries;
        // A step first published by an execution lost in the crash, with another stage, is superseded by the saved one.
        var superseded = deliveries.Select(e => e["supersedes"]?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var byId = deliveries.Where(e => !superseded.Contains(e["id"]!.GetValue<string>())).GroupBy(e => e["id"]!.GetValue<string>()).ToList();
        foreach (var same in byId)
            Assert.Single(same.Select(e => e.ToJsonString()).Distinct());
        foreach (var trip in trips)
        {
            var delivered = byId.Where(g => g.First()["subject"]!.GetValue<string>() == $"returns/{trip.ReturnId}")
                .Select(g => g.First()["data"]!["stage"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
            var changes = StageChanges(finals[trip.ReturnId]).Order(StringComparer.Ordinal).ToList();
            Assert.True(changes.SequenceEqual(delivered),
                $"Return {trip.ReturnId}: stage changes [{string.Join(", ", changes)}], events delivered for them [{string.Join(", ", delivered)}]");
        }

        return (byId.Count, deliveries.Count, superseded.Count);
    }

    private static bool AllStagesDelivered(EventReceiver events, IReadOnlyList<ReturnTrip> trips, Dictionary<string, JsonObject> finals)
    {
        var delivered = events.Deliveries
            .Select(e => (Subject: e["subject"]?.GetValue<string>(), Stage: e["data"]?["stage"]?.GetValue<string>()))
            .ToHashSet();
        return trips.All(t => StageChanges(finals[t.ReturnId]).All(stage => delivered.Contains(($"returns/{t.ReturnId}", stage))));
    }

    /// <summary>The stages a return moved to, in order (timeline notes repeat the current stage and are no change).</summary>
    public static List<string> StageChanges(JsonObject status)
    {
        var changes = new List<string>();
        foreach (var entry in status["timeline"]!.AsArray())
        {
            var stage = entry!["stage"]!.GetValue<string>();
            if (changes.Count == 0 || changes[^1] != stage)
                changes.Add(stage);
        }

        return changes;
    }
}
