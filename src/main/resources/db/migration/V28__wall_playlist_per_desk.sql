-- Issue 18: each desk may have its own wall playlist. Row 1 (desk_id null) is the deployment's
-- default, which every desk follows until its admin saves a playlist of its own (a row with its
-- desk_id, and its panels); going back to the default deletes that row.
alter table wall_settings add column desk_id bigint references desk (id);
alter table wall_settings add constraint wall_settings_desk_uq unique (desk_id);
create sequence wall_settings_seq start with 2;
