namespace Returns.Load;

/// <summary>The run cannot go on (seeding failed, the host does not answer); the message says why.</summary>
internal sealed class LoadException(string message) : Exception(message);
