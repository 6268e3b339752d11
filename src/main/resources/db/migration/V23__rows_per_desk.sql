-- Rows per desk (issue 18 part 2, docs/desks.md): every election-scoped row names the desk it
-- belongs to, and a row cannot point at another desk's row: each reference inside a desk is also a
-- composite foreign key (desk_id, x_id) -> x (desk_id, id), so a forged id from another desk is
-- refused by the database itself, not only by the services (which filter by desk through
-- Hibernate's @TenantId).
--
-- The rows that exist now are one desk's: the desk of the active election, or (no election active,
-- e.g. a fresh database holding only what V3 seeded, DKI Jakarta's posts and agencies) DKI
-- Jakarta's province desk, created here if missing. Elections belong to their region's desk, which
-- V22 opened for every election that existed then.

insert into desk (code, level, parent_id, region_code, holds_election, opened_at)
select '31', 'PROVINSI', (select n.id from desk n where n.code = 'ID'), '31',
       exists (select 1 from election e where e.region_code = '31'), current_timestamp
  from wilayah w
 where w.code = '31'
   and not exists (select 1 from desk d where d.code = '31');

alter table election add column desk_id bigint;
update election set desk_id = (select d.id from desk d where d.region_code = election.region_code);
alter table election alter column desk_id set not null;
alter table election add constraint election_desk_fk foreign key (desk_id) references desk (id);
create index election_desk_idx on election (desk_id);

-- A person's desk: null for the deployment's own accounts (the first ADMIN), who work in the desk of
-- the active election; otherwise the desk the account was created in.
alter table user_account add column desk_id bigint;
alter table user_account add constraint user_account_desk_fk foreign key (desk_id) references desk (id);

-- The desk that today's rows belong to, kept while this migration runs.
create table v23_home (desk_id bigint not null);
insert into v23_home (desk_id) select coalesce(
    (select e.desk_id from election e where e.active order by e.id desc fetch first 1 row only),
    (select d.id from desk d where d.code = '31'),
    (select d.id from desk d where d.code = 'ID'));
update user_account set desk_id = (select h.desk_id from v23_home h) where role <> 'ADMIN';

alter table posko add column desk_id bigint;
update posko set desk_id = (select h.desk_id from v23_home h);
alter table posko alter column desk_id set not null;
alter table posko add constraint posko_desk_fk foreign key (desk_id) references desk (id);
create index posko_desk_idx on posko (desk_id);

alter table unit add column desk_id bigint;
update unit set desk_id = (select h.desk_id from v23_home h);
alter table unit alter column desk_id set not null;
alter table unit add constraint unit_desk_fk foreign key (desk_id) references desk (id);
create index unit_desk_idx on unit (desk_id);

alter table officer add column desk_id bigint;
update officer set desk_id = (select h.desk_id from v23_home h);
alter table officer alter column desk_id set not null;
alter table officer add constraint officer_desk_fk foreign key (desk_id) references desk (id);
create index officer_desk_idx on officer (desk_id);

alter table posko_alert_change add column desk_id bigint;
update posko_alert_change set desk_id = (select h.desk_id from v23_home h);
alter table posko_alert_change alter column desk_id set not null;
alter table posko_alert_change add constraint posko_alert_change_desk_fk foreign key (desk_id) references desk (id);
create index posko_alert_change_desk_idx on posko_alert_change (desk_id);

alter table posko_activity add column desk_id bigint;
update posko_activity set desk_id = (select h.desk_id from v23_home h);
alter table posko_activity alter column desk_id set not null;
alter table posko_activity add constraint posko_activity_desk_fk foreign key (desk_id) references desk (id);
create index posko_activity_desk_idx on posko_activity (desk_id);

alter table shift_template add column desk_id bigint;
update shift_template set desk_id = (select h.desk_id from v23_home h);
alter table shift_template alter column desk_id set not null;
alter table shift_template add constraint shift_template_desk_fk foreign key (desk_id) references desk (id);
create index shift_template_desk_idx on shift_template (desk_id);

alter table duty_assignment add column desk_id bigint;
update duty_assignment set desk_id = (select h.desk_id from v23_home h);
alter table duty_assignment alter column desk_id set not null;
alter table duty_assignment add constraint duty_assignment_desk_fk foreign key (desk_id) references desk (id);
create index duty_assignment_desk_idx on duty_assignment (desk_id);

alter table coverage_state add column desk_id bigint;
update coverage_state set desk_id = (select h.desk_id from v23_home h);
alter table coverage_state alter column desk_id set not null;
alter table coverage_state add constraint coverage_state_desk_fk foreign key (desk_id) references desk (id);
create index coverage_state_desk_idx on coverage_state (desk_id);

alter table issue add column desk_id bigint;
update issue set desk_id = (select h.desk_id from v23_home h);
alter table issue alter column desk_id set not null;
alter table issue add constraint issue_desk_fk foreign key (desk_id) references desk (id);
create index issue_desk_idx on issue (desk_id);

alter table issue_event add column desk_id bigint;
update issue_event set desk_id = (select h.desk_id from v23_home h);
alter table issue_event alter column desk_id set not null;
alter table issue_event add constraint issue_event_desk_fk foreign key (desk_id) references desk (id);
create index issue_event_desk_idx on issue_event (desk_id);

alter table issue_attachment add column desk_id bigint;
update issue_attachment set desk_id = (select h.desk_id from v23_home h);
alter table issue_attachment alter column desk_id set not null;
alter table issue_attachment add constraint issue_attachment_desk_fk foreign key (desk_id) references desk (id);
create index issue_attachment_desk_idx on issue_attachment (desk_id);

alter table issue_intake_key add column desk_id bigint;
update issue_intake_key set desk_id = (select h.desk_id from v23_home h);
alter table issue_intake_key alter column desk_id set not null;
alter table issue_intake_key add constraint issue_intake_key_desk_fk foreign key (desk_id) references desk (id);
create index issue_intake_key_desk_idx on issue_intake_key (desk_id);

alter table situation_report add column desk_id bigint;
update situation_report set desk_id = (select h.desk_id from v23_home h);
alter table situation_report alter column desk_id set not null;
alter table situation_report add constraint situation_report_desk_fk foreign key (desk_id) references desk (id);
create index situation_report_desk_idx on situation_report (desk_id);

alter table media_statement add column desk_id bigint;
update media_statement set desk_id = (select h.desk_id from v23_home h);
alter table media_statement alter column desk_id set not null;
alter table media_statement add constraint media_statement_desk_fk foreign key (desk_id) references desk (id);
create index media_statement_desk_idx on media_statement (desk_id);

alter table media_statement_version add column desk_id bigint;
update media_statement_version set desk_id = (select h.desk_id from v23_home h);
alter table media_statement_version alter column desk_id set not null;
alter table media_statement_version add constraint media_statement_version_desk_fk foreign key (desk_id) references desk (id);
create index media_statement_version_desk_idx on media_statement_version (desk_id);

alter table post_journal_entry add column desk_id bigint;
update post_journal_entry set desk_id = (select h.desk_id from v23_home h);
alter table post_journal_entry alter column desk_id set not null;
alter table post_journal_entry add constraint post_journal_entry_desk_fk foreign key (desk_id) references desk (id);
create index post_journal_entry_desk_idx on post_journal_entry (desk_id);

alter table device add column desk_id bigint;
update device set desk_id = (select h.desk_id from v23_home h);
alter table device alter column desk_id set not null;
alter table device add constraint device_desk_fk foreign key (desk_id) references desk (id);
create index device_desk_idx on device (desk_id);

alter table device_status_change add column desk_id bigint;
update device_status_change set desk_id = (select h.desk_id from v23_home h);
alter table device_status_change alter column desk_id set not null;
alter table device_status_change add constraint device_status_change_desk_fk foreign key (desk_id) references desk (id);
create index device_status_change_desk_idx on device_status_change (desk_id);

alter table camera_source add column desk_id bigint;
update camera_source set desk_id = (select h.desk_id from v23_home h);
alter table camera_source alter column desk_id set not null;
alter table camera_source add constraint camera_source_desk_fk foreign key (desk_id) references desk (id);
create index camera_source_desk_idx on camera_source (desk_id);

alter table api_client add column desk_id bigint;
update api_client set desk_id = (select h.desk_id from v23_home h);
alter table api_client alter column desk_id set not null;
alter table api_client add constraint api_client_desk_fk foreign key (desk_id) references desk (id);
create index api_client_desk_idx on api_client (desk_id);

alter table wall_screen add column desk_id bigint;
update wall_screen set desk_id = (select h.desk_id from v23_home h);
alter table wall_screen alter column desk_id set not null;
alter table wall_screen add constraint wall_screen_desk_fk foreign key (desk_id) references desk (id);
create index wall_screen_desk_idx on wall_screen (desk_id);

-- Envers copies the issue's desk into its history.
alter table issue_aud add column desk_id bigint;
update issue_aud set desk_id = (select h.desk_id from v23_home h);

drop table v23_home;

-- What a row may point at: only rows of its own desk.
alter table posko add constraint posko_desk_id_uq unique (desk_id, id);
alter table unit add constraint unit_desk_id_uq unique (desk_id, id);
alter table officer add constraint officer_desk_id_uq unique (desk_id, id);
alter table shift_template add constraint shift_template_desk_id_uq unique (desk_id, id);
alter table duty_assignment add constraint duty_assignment_desk_id_uq unique (desk_id, id);
alter table issue add constraint issue_desk_id_uq unique (desk_id, id);
alter table situation_report add constraint situation_report_desk_id_uq unique (desk_id, id);
alter table media_statement add constraint media_statement_desk_id_uq unique (desk_id, id);
alter table post_journal_entry add constraint post_journal_entry_desk_id_uq unique (desk_id, id);
alter table device add constraint device_desk_id_uq unique (desk_id, id);

alter table posko_alert_change add constraint posko_alert_change_posko_desk_fk
    foreign key (desk_id, posko_id) references posko (desk_id, id);
alter table posko_activity add constraint posko_activity_posko_desk_fk
    foreign key (desk_id, posko_id) references posko (desk_id, id);
alter table officer add constraint officer_unit_desk_fk
    foreign key (desk_id, unit_id) references unit (desk_id, id);
alter table officer add constraint officer_home_posko_desk_fk
    foreign key (desk_id, home_posko_id) references posko (desk_id, id);
alter table shift_template add constraint shift_template_posko_desk_fk
    foreign key (desk_id, posko_id) references posko (desk_id, id);
alter table duty_assignment add constraint duty_assignment_posko_desk_fk
    foreign key (desk_id, posko_id) references posko (desk_id, id);
alter table duty_assignment add constraint duty_assignment_shift_desk_fk
    foreign key (desk_id, shift_id) references shift_template (desk_id, id);
alter table duty_assignment add constraint duty_assignment_officer_desk_fk
    foreign key (desk_id, officer_id) references officer (desk_id, id);
alter table duty_assignment add constraint duty_assignment_replaces_desk_fk
    foreign key (desk_id, replaces_id) references duty_assignment (desk_id, id);
alter table coverage_state add constraint coverage_state_posko_desk_fk
    foreign key (desk_id, posko_id) references posko (desk_id, id);
alter table issue add constraint issue_posko_desk_fk
    foreign key (desk_id, posko_id) references posko (desk_id, id);
alter table issue add constraint issue_assigned_unit_desk_fk
    foreign key (desk_id, assigned_unit_id) references unit (desk_id, id);
alter table issue_event add constraint issue_event_issue_desk_fk
    foreign key (desk_id, issue_id) references issue (desk_id, id);
alter table issue_attachment add constraint issue_attachment_issue_desk_fk
    foreign key (desk_id, issue_id) references issue (desk_id, id);
alter table issue_intake_key add constraint issue_intake_key_issue_desk_fk
    foreign key (desk_id, issue_id) references issue (desk_id, id);
alter table situation_report add constraint situation_report_posko_desk_fk
    foreign key (desk_id, posko_id) references posko (desk_id, id);
alter table situation_report add constraint situation_report_previous_desk_fk
    foreign key (desk_id, previous_id) references situation_report (desk_id, id);
alter table media_statement add constraint media_statement_posko_desk_fk
    foreign key (desk_id, posko_id) references posko (desk_id, id);
alter table media_statement add constraint media_statement_supersedes_desk_fk
    foreign key (desk_id, supersedes_id) references media_statement (desk_id, id);
alter table media_statement_version add constraint media_statement_version_statement_desk_fk
    foreign key (desk_id, statement_id) references media_statement (desk_id, id);
alter table post_journal_entry add constraint post_journal_entry_posko_desk_fk
    foreign key (desk_id, posko_id) references posko (desk_id, id);
alter table post_journal_entry add constraint post_journal_entry_shift_desk_fk
    foreign key (desk_id, shift_id) references shift_template (desk_id, id);
alter table post_journal_entry add constraint post_journal_entry_issue_desk_fk
    foreign key (desk_id, issue_id) references issue (desk_id, id);
alter table post_journal_entry add constraint post_journal_entry_corrects_desk_fk
    foreign key (desk_id, corrects_id) references post_journal_entry (desk_id, id);
alter table device add constraint device_posko_desk_fk
    foreign key (desk_id, posko_id) references posko (desk_id, id);
alter table device_status_change add constraint device_status_change_posko_desk_fk
    foreign key (desk_id, posko_id) references posko (desk_id, id);
