namespace Thads.Host.Startup;

public enum StartupStatus
{
    Starting,
    Ready,
    Failed,
}
