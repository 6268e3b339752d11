-- Exercise mode (latihan). While an exercise election is active, everything the posts record is
-- exercise data: rows carry exercise = true and the application reads only the rows of the mode it
-- is in, so nothing from an exercise shows in real views or exports, and an ADMIN can wipe it.
-- Records get a flag; per-post state that exists once per post gets a second copy per mode.

alter table issue add column exercise boolean not null default false;
alter table situation_report add column exercise boolean not null default false;
alter table post_journal_entry add column exercise boolean not null default false;
alter table media_statement add column exercise boolean not null default false;
alter table posko_alert_change add column exercise boolean not null default false;
alter table duty_assignment add column exercise boolean not null default false;

create index issue_exercise_idx on issue (exercise);
create index situation_report_exercise_idx on situation_report (exercise);
create index post_journal_exercise_idx on post_journal_entry (exercise);
create index media_statement_exercise_idx on media_statement (exercise);
create index duty_assignment_exercise_idx on duty_assignment (exercise, duty_date);

-- An exercise works on a copy of the real roster: the same officer on the same shift, once per mode.
alter table duty_assignment drop constraint duty_assignment_uq;
alter table duty_assignment add constraint duty_assignment_uq unique (shift_id, duty_date, officer_id, exercise);
-- An exercise report for a slot does not take the real report's place.
alter table situation_report drop constraint situation_report_version_uq;
alter table situation_report add constraint situation_report_version_uq
    unique (posko_id, due_at, report_version, exercise);

-- When the election was last made active (an exercise is not late for what was due before it).
alter table election add column activated_at timestamp with time zone;

-- A post's alert level and a device's status while an exercise runs, beside the real ones.
alter table posko add column exercise_alert_level varchar(12);
alter table posko add column exercise_alert_reason varchar(500);
alter table posko add column exercise_alert_changed_by varchar(120);
alter table posko add column exercise_alert_changed_at timestamp with time zone;
alter table device add column exercise_status varchar(12);
alter table device add column exercise_status_since timestamp with time zone;
alter table device add column exercise_status_note varchar(300);
alter table device add column exercise_status_changed_by varchar(120);

-- One row per post and mode (tables re-created: changing a primary key is not portable SQL).
create table posko_activity_by_mode (
    posko_id bigint      not null references posko (id),
    exercise boolean     not null,
    last_at  timestamp with time zone not null,
    kind     varchar(40) not null,
    primary key (posko_id, exercise)
);
insert into posko_activity_by_mode (posko_id, exercise, last_at, kind)
  select posko_id, false, last_at, kind from posko_activity;
insert into posko_activity_by_mode (posko_id, exercise, last_at, kind)
  select id, true, timestamp with time zone '1970-01-01 00:00:00+00', 'NONE' from posko;
drop table posko_activity;
alter table posko_activity_by_mode rename to posko_activity;

create table coverage_state_by_mode (
    posko_id   bigint       not null references posko (id),
    exercise   boolean      not null,
    gap        boolean      not null,
    gap_since  timestamp with time zone,
    shift_key  varchar(200) not null default '',
    summary    varchar(300),
    checked_at timestamp with time zone not null,
    version    bigint       not null default 0,
    primary key (posko_id, exercise)
);
insert into coverage_state_by_mode (posko_id, exercise, gap, gap_since, shift_key, summary, checked_at, version)
  select posko_id, false, gap, gap_since, shift_key, summary, checked_at, version from coverage_state;
drop table coverage_state;
alter table coverage_state_by_mode rename to coverage_state;

create table situation_report_missed_by_mode (
    posko_id   bigint  not null references posko (id),
    due_at     timestamp with time zone not null,
    exercise   boolean not null,
    flagged_at timestamp with time zone not null,
    primary key (posko_id, due_at, exercise)
);
insert into situation_report_missed_by_mode (posko_id, due_at, exercise, flagged_at)
  select posko_id, due_at, false, flagged_at from situation_report_missed;
drop table situation_report_missed;
alter table situation_report_missed_by_mode rename to situation_report_missed;
