// Wall pictures with any number of posts, for the layout checks: built from a real picture (its
// texts, playlist, election and charts) with its posts replaced by `count` posts in the states that
// need the most lines (silent, short of officers with the missing roles named, critical and overdue
// issues, a late report, a two-line reason, many cameras) and the longest real names.

// Real kabupaten/kota names of West Java and elsewhere, the longest first.
const NAMES = [
  'Kabupaten Kepulauan Seribu', 'Kabupaten Bandung Barat', 'Kabupaten Pangandaran', 'Kabupaten Tasikmalaya',
  'Kota Tasikmalaya', 'Kabupaten Purwakarta', 'Kabupaten Majalengka', 'Kabupaten Indramayu', 'Kabupaten Sukabumi',
  'Kabupaten Kuningan', 'Kabupaten Karawang', 'Kabupaten Cianjur', 'Kabupaten Cirebon', 'Kabupaten Sumedang',
  'Kabupaten Bandung', 'Kabupaten Bekasi', 'Kabupaten Ciamis', 'Kabupaten Subang', 'Kabupaten Garut',
  'Kabupaten Bogor', 'Kota Banjar', 'Kota Bandung', 'Kota Bekasi', 'Kota Bogor', 'Kota Cimahi', 'Kota Cirebon',
  'Kota Depok', 'Kota Sukabumi', 'Kabupaten Kepulauan Siau Tagulandang Biaro', 'Kabupaten Pegunungan Bintang',
  'Kabupaten Mahakam Ulu', 'Kabupaten Hulu Sungai Selatan', 'Kabupaten Penukal Abab Lematang Ilir',
  'Kabupaten Kepulauan Talaud', 'Kabupaten Bolaang Mongondow Utara', 'Kabupaten Tanjung Jabung Timur',
  'Kabupaten Lima Puluh Kota', 'Kabupaten Padang Lawas Utara', 'Kabupaten Timor Tengah Selatan',
  'Kabupaten Manggarai Barat',
];

const ALERTS = ['AWAS', 'SIAGA', 'WASPADA', 'NORMAL'];

/**
 * `count` posts in the worst states, the first one the central (provincial) post; the others take
 * the wilayah codes and names of `areas` ({code, name}) in turn where given.
 */
export function wallVariant(base, count, now = Date.now(), areas = []) {
  const template = base.posts[0];
  const at = (minutes) => new Date(now - minutes * 60000).toISOString();
  const text = base.text;
  const posts = [];
  for (let i = 0; i < count; i++) {
    const central = i === 0;
    const area = central ? null : areas[(i - 1) % Math.max(1, areas.length)];
    const name = central ? 'Provinsi Jawa Barat' : area ? area.name : NAMES[(i - 1) % NAMES.length];
    const alert = ALERTS[i % ALERTS.length];
    const label = text['alert.' + alert];
    const silent = i % 5 === 1;
    posts.push({
      ...template,
      id: 9000 + i,
      code: central ? 'PROV' : `P${String(i).padStart(2, '0')}`,
      name: 'Posko ' + name,
      level: central ? 'PROVINSI' : 'KABKOTA',
      wilayahCode: central ? '32' : area ? area.code : `32.${String(i).padStart(2, '0')}`,
      wilayahName: name,
      alert,
      alertLabel: label,
      alertReason: i % 2 === 0
        ? 'Massa dua pasangan calon berkumpul di depan kantor KPU; aparat gabungan menjaga jarak, '
          + 'negosiasi berjalan dan arus lalu lintas dialihkan ke jalan samping sejak pukul 10.00'
        : null,
      alertChangedAt: at(silent ? 400 : 30 + i),
      staffing: {
        present: 3 + (i % 4), required: 8, source: 'DUTY', gap: i % 3 === 0,
        missing: i % 3 === 0 ? '2 Kepala Posko, 1 Petugas Lapangan, 1 Operator Radio' : null,
        shift: 'Pagi 07.00\u201315.00, Siang 15.00\u201323.00',
      },
      issues: { open: 120 + i, kritis: 12, tinggi: 30, sedang: 40, rendah: 38 + i, overdue: 7, oldest: at(60 * 50) },
      area: { open: 120 + i, kritis: 12, tinggi: 30, sedang: 40, rendah: 38 + i, overdue: 7, oldest: at(60 * 50) },
      map: { level: alert, label, note: i % 2 ? '12 kritis' : '7 rujukan terlambat' },
      report: i % 4 === 0
        ? { lastAt: null, accepted: false, nextDueAt: at(-30), overdue: true, overdueSince: at(95) }
        : { lastAt: at(47), accepted: i % 2 === 0, nextDueAt: at(-73), overdue: false, overdueSince: null },
      tele: { name: 'Zoom', status: i % 2 ? 'DOWN' : 'UP', statusLabel: i % 2 ? 'Mati' : 'Hidup', since: at(125),
        snapshotUrl: null },
      cctv: Array.from({ length: 12 }, (_, c) => ({ name: 'CCTV ' + (c + 1), status: ['UP', 'DOWN', 'UNKNOWN'][c % 3],
        statusLabel: ['Hidup', 'Mati', 'Tidak diketahui'][c % 3], since: at(125), snapshotUrl: null })),
      lastHeard: at(silent ? 400 : 3 + i),
    });
  }
  return { ...base, sequence: base.sequence + 1000 + count, generatedAt: new Date(now).toISOString(), posts };
}
