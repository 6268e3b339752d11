-- Setup console: posts are added, described and retired by the ADMIN (never deleted: officers,
-- shifts, issues and reports refer to them). A retired post leaves every operational screen and
-- the wall but keeps its name on old records.
alter table posko add column active boolean not null default true;
