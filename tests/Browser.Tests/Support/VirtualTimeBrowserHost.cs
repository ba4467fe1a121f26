using Thads.Host.Mail.Configuration;
using Thads.Host.Tests.Scenarios;

namespace Thads.Browser.Tests.Support;

/// <summary>
/// The browser host on a <see cref="ScenarioClock"/>: deadlines pass when the journey says so (<see cref="AdvanceAsync"/>),
/// with the timers and alert digests fired as the scheduler would; mail stays in the outbox.
/// </summary>
public sealed class VirtualTimeBrowserHost : BrowserHost
{
    public VirtualTimeBrowserHost()
        : this(new ScenarioClock())
    {
    }

    private VirtualTimeBrowserHost(ScenarioClock clock)
        : base(
            new Dictionary<string, string> { [MailSettingKeys.PickupDirectory] = Path.Combine(Path.GetTempPath(), "thads-journey-outbox-" + Guid.NewGuid().ToString("N")) },
            services => ScenarioTime.Use(services, clock)) =>
        Clock = clock;

    public ScenarioClock Clock { get; }

    public Task AdvanceAsync(TimeSpan by) => new ScenarioTime(Services, Clock).AdvanceAsync(by);
}
