namespace Returns.Orchestrations.Routing.Consolidation;

/// <summary>Puts a return received and inspected at a hub into that hub's open batch (<see cref="Workflow.Activities.AddParcelToHub"/>).</summary>
public sealed record HubParcelRequest(string ReturnId, string HubId);
