namespace Plaza.Web.Modules.Live;

/// <summary>The words pages show for a room's state (English keys of the translations).</summary>
internal static class LiveText
{
    public static string State(LiveRoomState state) => state switch
    {
        LiveRoomState.Scheduled => "Upcoming",
        LiveRoomState.Live => "Live now",
        LiveRoomState.Ended => "Ended",
        _ => "Replay",
    };
}
