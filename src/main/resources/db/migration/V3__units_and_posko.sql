-- The agencies that staff the posts and the seven posts of the DKI Jakarta Desk Pilkada
-- (the central post at Balai Kota and one in each wilayah office). Product configuration, not demo data.

insert into unit (code, name, short_name, kind) values
  ('INSPEKTORAT',   'Inspektorat Provinsi DKI Jakarta', 'Inspektorat', 'SKPD'),
  ('BAPPEDA',       'Badan Perencanaan Pembangunan Daerah', 'Bappeda', 'SKPD'),
  ('KOMINFOMAS',    'Dinas Komunikasi, Informatika dan Kehumasan', 'Kominfomas', 'SKPD'),
  ('DUKCAPIL',      'Dinas Kependudukan dan Catatan Sipil', 'Dukcapil', 'SKPD'),
  ('BIRO_TAPEM',    'Biro Tata Pemerintahan', 'Biro Tapem', 'SKPD'),
  ('BIRO_UMUM',     'Biro Umum', 'Biro Umum', 'SKPD'),
  ('BIRO_KEUANGAN', 'Biro Administrasi Keuangan', 'Biro Keuangan', 'SKPD'),
  ('BAKESBANGPOL',  'Badan Kesatuan Bangsa dan Politik', 'Bakesbangpol', 'SKPD'),
  ('POLDA',         'Kepolisian Daerah Metro Jaya', 'Polda Metro Jaya', 'FORKOPIMDA'),
  ('KODAM',         'Komando Daerah Militer Jayakarta', 'Kodam Jaya', 'FORKOPIMDA'),
  ('KEJATI',        'Kejaksaan Tinggi DKI Jakarta', 'Kejati DKI', 'FORKOPIMDA');

insert into posko (code, name, level, wilayah_code, address, sort_order, alert_level) values
  ('BALAIKOTA', 'Posko Balai Kota', 'PROVINSI', '31',
   'Balai Kota, Jl. Medan Merdeka Selatan No. 8-9, Gambir', 1, 'NORMAL'),
  ('JAKPUS', 'Posko Jakarta Pusat', 'WILAYAH', '31.71',
   'Kantor Wali Kota Jakarta Pusat, Jl. Tanah Abang I No. 1', 2, 'NORMAL'),
  ('JAKUT', 'Posko Jakarta Utara', 'WILAYAH', '31.72',
   'Kantor Wali Kota Jakarta Utara, Jl. Yos Sudarso No. 27-29, Tanjung Priok', 3, 'NORMAL'),
  ('JAKBAR', 'Posko Jakarta Barat', 'WILAYAH', '31.73',
   'Kantor Wali Kota Jakarta Barat, Jl. Raya Kembangan No. 2', 4, 'NORMAL'),
  ('JAKSEL', 'Posko Jakarta Selatan', 'WILAYAH', '31.74',
   'Kantor Wali Kota Jakarta Selatan, Jl. Prapanca Raya No. 9, Kebayoran Baru', 5, 'NORMAL'),
  ('JAKTIM', 'Posko Jakarta Timur', 'WILAYAH', '31.75',
   'Kantor Wali Kota Jakarta Timur, Jl. Dr. Sumarno No. 1, Cakung', 6, 'NORMAL'),
  ('KEPSERIBU', 'Posko Kepulauan Seribu', 'WILAYAH', '31.01',
   'Kantor Bupati Kepulauan Seribu, Pulau Pramuka', 7, 'NORMAL');
