namespace Thads.Enforcement.Statistics.Facts;

public static class StatStates
{
    public static bool IsFinal(this StatState state) => state >= StatState.Completed;

    public static char Letter(this StatState state) => state switch
    {
        StatState.InProgress => 'W',
        StatState.Postponed => 'H',
        StatState.Suspended => 'T',
        StatState.Other => 'K',
        StatState.NoConditions => 'N',
        StatState.Completed => 'X',
        StatState.Terminated => 'D',
        StatState.DelegatedOut => 'U',
        StatState.Removed => 'R',
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static string Label(this StatState state) => state switch
    {
        StatState.InProgress => "đang thi hành",
        StatState.Postponed => "hoãn",
        StatState.Suspended => "tạm đình chỉ",
        StatState.Other => "trường hợp khác",
        StatState.NoConditions => "chưa có điều kiện",
        StatState.Completed => "thi hành xong",
        StatState.Terminated => "đình chỉ",
        StatState.DelegatedOut => "ủy thác",
        StatState.Removed => "rút lên, thu hồi",
        _ => state.ToString(),
    };

    public static bool TryFromLetter(char letter, out StatState state)
    {
        state = letter switch
        {
            'W' => StatState.InProgress,
            'H' => StatState.Postponed,
            'T' => StatState.Suspended,
            'K' => StatState.Other,
            'N' => StatState.NoConditions,
            'X' => StatState.Completed,
            'D' => StatState.Terminated,
            'U' => StatState.DelegatedOut,
            'R' => StatState.Removed,
            _ => (StatState)255,
        };
        return (byte)state != 255;
    }
}
