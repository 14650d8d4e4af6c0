-- A live room whose host's stream stopped waits for it to come back (issue 11): when it stopped (null while streaming),
-- and whether the recording so far is ready, so that ending the room then goes straight to the replay.
ALTER TABLE "live_rooms" ADD "stream_lost_at_utc" TEXT NULL;
ALTER TABLE "live_rooms" ADD "recording_ready" INTEGER NOT NULL DEFAULT 0;
