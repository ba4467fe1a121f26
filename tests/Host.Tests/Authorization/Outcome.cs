namespace Thads.Host.Tests.Authorization;

/// <summary>What a call amounted to, whatever the exact status: let in, sent to sign in, or refused.</summary>
public enum Outcome
{
    Allowed,
    SignInRequired,
    Denied,
}
