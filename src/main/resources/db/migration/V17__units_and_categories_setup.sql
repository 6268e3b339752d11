-- Setup console: units (instansi) and issue categories kept by the ADMIN. A unit gets an order of
-- its own (the seed's order, as listed in V3) and is retired rather than deleted, as a category
-- already is: a retired unit stays named on old officers, accounts and referrals but is offered
-- for no new one. Issue categories already have their order, active flag and version (V7).
alter table unit add column sort_order integer not null default 0;
alter table unit add column active boolean not null default true;
update unit set sort_order = (select count(*) from unit v where v.id <= unit.id);
