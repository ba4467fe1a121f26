namespace Thads.Enforcement.Cases;

public static class AssetStates
{
    public static string Vietnamese(this AssetState state) => state switch
    {
        AssetState.Identified => "Đã phát hiện",
        AssetState.Seized => "Đã kê biên",
        AssetState.Valued => "Đã định giá",
        AssetState.Auctioned => "Đã bán đấu giá",
        _ => state.ToString(),
    };
}
