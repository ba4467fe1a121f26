namespace Thads.Enforcement.Legal;

/// <summary>One version of a legal table, in force from <see cref="EffectiveFrom"/> until the next version starts.</summary>
public interface IEffectiveVersion
{
    /// <summary>The legal basis of the version, e.g. "Luật THADS 2008, sửa đổi 2014 (VBHN 12/2014)".</summary>
    string Title { get; }

    DateOnly EffectiveFrom { get; }
}
