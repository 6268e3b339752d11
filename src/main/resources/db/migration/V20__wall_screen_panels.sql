-- A wall screen's own panels (comma-separated WallPanelKind names, in order); null: the common playlist.
alter table wall_screen add column panels varchar(200);
