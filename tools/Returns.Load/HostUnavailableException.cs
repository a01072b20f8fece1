namespace Returns.Load;

/// <summary>The host does not answer its health check: nothing can be measured.</summary>
internal sealed class HostUnavailableException(string message) : Exception(message);
