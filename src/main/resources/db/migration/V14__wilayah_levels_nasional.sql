-- The national place tree (V15 loads it): four levels, PROVINSI, KABKOTA (kabupaten and kota alike),
-- KECAMATAN and DESA (kelurahan, desa and desa adat alike; the kind is in the code), and every
-- row's province and kabupaten/kota, so that a desk's areas and a name search within a
-- kabupaten/kota are index look-ups on H2 and PostgreSQL alike.
update wilayah set level = 'KABKOTA' where level in ('KOTA', 'KABUPATEN');
update wilayah set level = 'DESA' where level = 'KELURAHAN';
alter table wilayah add column provinsi_code varchar(2);
alter table wilayah add column kabkota_code varchar(5);
update wilayah set provinsi_code = substring(code, 1, 2);
update wilayah set kabkota_code = substring(code, 1, 5) where level <> 'PROVINSI';
create index wilayah_provinsi_idx on wilayah (provinsi_code, level);
create index wilayah_kabkota_idx on wilayah (kabkota_code, level);
