namespace Thads.Host.Admin;

/// <summary>The administrator may not act on this unit, person or setting; nothing was changed (HTTP 403).</summary>
public sealed class AdminDeniedException(string message) : Exception(message);
