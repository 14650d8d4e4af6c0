-- A live room's own cover picture (issue 11): a stored photo's file name; without one, lists show the first product's photo.
ALTER TABLE "live_rooms" ADD "cover_file_name" TEXT NULL;
