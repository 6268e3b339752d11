-- Pilkada serentak: each audit entry names the desk the change was made in, so a desk's admin reads
-- his desk's trail and the deployment's admin every desk's. Entries made before stay without a
-- desk: the deployment's admin reads them.
alter table audit_entry add column desk_id bigint references desk (id);
create index audit_entry_desk_idx on audit_entry (desk_id, id);
