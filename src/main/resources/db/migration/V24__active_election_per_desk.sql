-- Pilkada serentak: every desk has its own active election (and so its own exercise mode).
-- active_in_desk repeats desk_id while the election is active and is null otherwise, so a unique
-- constraint on it lets the database itself refuse a second active election in one desk (a portable
-- partial unique index: H2 has none). Before, one election was active in the whole deployment.

update election set active = false
 where active
   and id < (select max(e2.id) from election e2 where e2.active and e2.desk_id = election.desk_id);

alter table election add column active_in_desk bigint;
update election set active_in_desk = desk_id where active;
alter table election add constraint election_active_in_desk_uq unique (active_in_desk);
alter table election add constraint election_active_in_desk_ck check (
    (active and active_in_desk = desk_id) or (not active and active_in_desk is null));
