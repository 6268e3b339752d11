// A desk for another region than Jakarta set up entirely through the browser, run by
// SetupRegionBrowserIT against the production jar on an empty PostgreSQL schema with demo data off:
// the first ADMIN signs in with the password from the server's configuration and must replace it;
// the checklist leads him; he creates the 2018 West Java governor election (its KPU calendar comes
// from the template), which opens West Java's desk: it holds no other region's posts; he adds the 28 default posts (the
// central post and one per kabupaten/kota), imports West Java's agencies and the people (a
// spreadsheet: leadership, a chief and an officer per post) and downloads their one-time
// passwords, gives the central post its shifts and copies them to all posts, registers and pairs a
// wall screen (1920x1080). An officer of Kota Bandung signs in on his phone with his one-time
// password, replaces it, and files an issue at a kelurahan of Kota Bandung; the wall counts it
// without reload. Prints one JSON line; exits non-zero on failure. Screenshots into OUT_DIR.
import fs from 'node:fs';
import { pairScreen, pick, registerScreen, runTest, screenshot, signIn } from './lib/desk.mjs';

const base = process.env.BASE_A;
const FIRST_PASSWORD = process.env.ADMIN_PASSWORD;
const ADMIN_PASSWORD = 'SandiAdminJabar2026';
const OFFICER_PASSWORD = 'SandiPetugasBandung2026';
const result = {};
const START = 'Mulai (WIB)';
const END = 'Selesai (WIB)';
const SAVE_SHIFT = 'Simpan sif';

function button(page, text) {
  return page.locator('vaadin-button').filter({ hasText: text }).first();
}

/** Replaces a one-time password on the screen the application forces first. */
async function replacePassword(page, current, fresh) {
  await page.waitForURL('**/sandi', { timeout: 20000 });
  await page.getByRole('textbox', { name: 'Kata sandi saat ini', exact: true }).fill(current);
  await page.getByRole('textbox', { name: 'Kata sandi baru', exact: true }).fill(fresh);
  await page.getByRole('textbox', { name: 'Ulangi kata sandi baru', exact: true }).fill(fresh);
  await button(page, 'Simpan kata sandi').click();
  await page.waitForURL(url => !url.pathname.endsWith('/sandi'), { timeout: 20000 });
}

/** Uploads a file into the page's (first) CSV/XLSX import. */
async function upload(page, name, text) {
  await page.locator('vaadin-upload').first().locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

/** The steps of the setup checklist on /admin/persiapan that are done. */
async function stepsDone(page) {
  await page.goto(base + '/admin/persiapan');
  await page.locator('[data-step]').first().waitFor({ timeout: 15000 });
  return page.locator('[data-step].setup-done').count();
}

await runTest(result, async (browser) => {
  // 1. The first ADMIN: the configured password works once, then the checklist.
  const admin = await signIn(browser, base, 'admin', { password: FIRST_PASSWORD });
  await replacePassword(admin, FIRST_PASSWORD, ADMIN_PASSWORD);
  result.firstPasswordReplaced = true;
  await admin.waitForURL('**/admin/persiapan', { timeout: 20000 });
  await admin.locator('[data-step]').first().waitFor({ timeout: 15000 });
  result.stepsDoneAtStart = await admin.locator('[data-step].setup-done').count();
  await screenshot(admin, 'setup-1-checklist-empty');

  // 2. The election, its calendar from the template.
  await admin.goto(base + '/admin/pemilihan');
  await button(admin, 'Pemilihan baru').click();
  await pick(admin, 'Wilayah', 'Jawa Barat');
  const votingDay = admin.getByRole('combobox', { name: 'Hari pemungutan suara' });
  await votingDay.fill('27/6/2018');
  await votingDay.press('Enter');
  // The dialog suggests a name from the region and the year; typing while that suggestion is on its
  // way once gave both in the field ("… 2018… 2018"). Wait for it, then type over it.
  const electionName = admin.getByRole('textbox', { name: 'Nama pemilihan' });
  await admin.waitForFunction(input => input.value.includes('2018'), await electionName.elementHandle(),
    { timeout: 15000 });
  await electionName.fill('Pemilihan Gubernur dan Wakil Gubernur Jawa Barat 2018');
  await admin.getByRole('checkbox', { name: 'Jadikan pemilihan aktif' }).check();
  await admin.locator('vaadin-button').filter({ hasText: 'Buat pemilihan' }).last().click();
  await admin.getByText('Jawa Barat 2018').first().waitFor({ timeout: 15000 });
  await admin.waitForFunction(() => !document.querySelector('vaadin-dialog[opened]'), null, { timeout: 15000 });
  await screenshot(admin, 'setup-2-election');

  // 3. Posts: West Java's desk starts with none (the Jakarta posts the migrations seed stay in
  // Jakarta's desk, so there is nothing outside the region to retire); its default posts added.
  await admin.goto(base + '/admin/posko');
  await button(admin, 'Tambah posko bawaan').waitFor({ timeout: 15000 });
  result.otherRegionsPosts = await admin.locator('vaadin-button:visible')
    .filter({ hasText: 'di luar wilayah pemilihan' }).count();
  await button(admin, 'Tambah posko bawaan').click();
  await admin.getByText('28 posko bawaan ditambahkan').first().waitFor({ timeout: 15000 });
  result.defaultPosts = 28;

  // 4. West Java's agencies and people, as the admin's spreadsheets.
  await admin.goto(base + '/admin/instansi');
  await upload(admin, 'instansi-jabar.csv', 'kode;nama;singkatan;jenis;urutan;aktif\n'
    + 'POLDAJABAR;Kepolisian Daerah Jawa Barat;Polda Jabar;FORKOPIMDA;;ya\n'
    + 'KODAM3;Komando Daerah Militer III/Siliwangi;Kodam III/Slw;FORKOPIMDA;;ya\n'
    + 'KPUJABAR;Komisi Pemilihan Umum Provinsi Jawa Barat;KPU Jabar;FORKOPIMDA;;ya\n'
    + 'BAWASLUJABAR;Badan Pengawas Pemilihan Umum Provinsi Jawa Barat;Bawaslu Jabar;FORKOPIMDA;;ya\n');
  await admin.getByText('4 instansi diimpor: 4 baru').first().waitFor({ timeout: 15000 });
  result.unitsImported = 4;

  let sheet = 'username;nama;peran;posko;instansi;telepon;email;aktif\n'
    + 'sekda.jabar;Sekretaris Daerah Provinsi Jawa Barat;Pimpinan;;;;;ya\n'
    + 'polda.jabar;Penghubung Polda Jabar;Forkopimda;;POLDAJABAR;;;ya\n';
  await admin.goto(base + '/admin/posko');
  const exported = await exportPosts(admin);
  for (const post of exported) {
    const handle = post.code.toLowerCase();
    sheet += `ketua.${handle};Ketua ${post.name};Ketua Posko;${post.code};;;;ya\n`;
    sheet += `petugas.${handle};Petugas ${post.name};Petugas;${post.code};;;;ya\n`;
  }
  result.accountsInSheet = sheet.trim().split('\n').length - 1;
  await admin.goto(base + '/admin/pengguna');
  await upload(admin, 'pengguna-jabar.csv', sheet);
  await Promise.race([
    admin.getByText('Sandi awal 58 pengguna baru').first().waitFor({ timeout: 30000 }),
    admin.getByText('baris bermasalah').first().waitFor({ timeout: 30000 })
      .then(async () => { await screenshot(admin, 'setup-import-problems'); throw new Error('account import refused'); }),
  ]);
  await button(admin, 'Unduh CSV').click();
  const [download] = await Promise.all([
    admin.waitForEvent('download', { timeout: 15000 }),
    admin.locator('a').filter({ hasText: 'sandi-awal' }).click(),
  ]);
  const file = fs.readFileSync(await download.path(), 'utf8');
  const bandung = exported.find(p => p.wilayah === '32.73');
  const officer = `petugas.${bandung.code.toLowerCase()}`;
  const row = file.split(/\r?\n/).find(l => l.toLowerCase().startsWith(officer + ';') || l.toLowerCase().startsWith(officer + ','));
  if (!row) throw new Error('no one-time password for ' + officer + ' in ' + file.slice(0, 200));
  const officerPassword = row.split(/[;,]/).pop().trim();
  result.passwordsFileRows = file.trim().split(/\r?\n/).length - 1;
  await button(admin, 'Selesai, tutup').click();

  // 5. Shifts: the central post's two shifts, copied to every post.
  await admin.goto(base + '/jadwal');
  await button(admin, 'Kelola sif').click();
  for (const [name, start, end] of [['Pagi', '07:00', '19:00'], ['Malam', '19:00', '07:00']]) {
    await admin.locator('vaadin-button').filter({ hasText: 'Tambah sif' }).last().click();
    await admin.getByRole('textbox', { name: 'Nama sif' }).fill(name);
    for (const [label, time] of [[START, start], [END, end]]) {
      const picker = admin.getByRole('combobox', { name: label });
      await picker.fill(time);
      await picker.press('Enter');
    }
    await admin.locator('vaadin-integer-field').first().locator('input').fill('2');
    await admin.locator('vaadin-button').filter({ hasText: SAVE_SHIFT }).last().click();
    await admin.getByRole('textbox', { name: 'Nama sif' }).waitFor({ state: 'detached', timeout: 10000 });
  }
  await admin.locator('vaadin-button').filter({ hasText: 'ke semua posko yang belum punya sif' }).first().click();
  await admin.getByText(/sif disalin ke 27 posko/).first().waitFor({ timeout: 15000 });
  result.shiftsCopiedToPosts = 27;
  await admin.keyboard.press('Escape');

  // 6. A wall screen.
  const token = await registerScreen(admin, base, 'Layar ruang rapat Sekda Jabar');
  const wall = await pairScreen(browser, base, token, { width: 1920, height: 1080 });
  await wall.waitForFunction(() => document.querySelector('desk-wall')?.model?.posts?.length === 28, null,
    { timeout: 20000 });
  await wall.waitForFunction(() => {
    const chart = document.querySelector('desk-wall').shadowRoot.querySelector('.panel.active desk-echart[data-chart^="map"]');
    return !chart || (chart.option && chart.option.geo);
  }, null, { timeout: 15000 });
  const picture = await wall.locator('desk-wall').evaluate(w => ({
    posts: w.model.posts.length, election: w.model.election.name, map: w.model.map,
    stages: w.model.election.stages.length }));
  Object.assign(result, { wallPosts: picture.posts, wallElection: picture.election,
    wallMapAreas: picture.map ? picture.map.areas : 0, wallStages: picture.stages });
  await screenshot(wall, 'setup-3-wall-west-java');
  const bandungBefore = await wall.locator('desk-wall').evaluate((w, c) => w.model.posts.find(p => p.code === c).issues.open,
    bandung.code);

  result.stepsDoneAtEnd = await stepsDone(admin);
  await screenshot(admin, 'setup-4-checklist-done');

  // 7. The officer of Kota Bandung on his phone: his own password, then an issue at a kelurahan.
  const phone = await signIn(browser, base, officer, {
    password: officerPassword, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await replacePassword(phone, officerPassword, OFFICER_PASSWORD);
  await phone.goto(base + '/permasalahan/baru');
  const title = 'Uji persiapan Jawa Barat: pengerahan massa di depan kantor kelurahan';
  await phone.locator('vaadin-text-field').filter({ hasText: 'Judul' }).locator('input').fill(title);
  await pick(phone, 'Kategori', 'Kamtibmas');
  await pick(phone, 'Kelurahan/desa', 'Cihapit');
  const kecamatan = phone.locator('vaadin-combo-box').filter({ hasText: 'Kecamatan' }).first().locator('input');
  for (let waited = 0; waited < 10000 && !(await kecamatan.inputValue()); waited += 100) await phone.waitForTimeout(100);
  result.kecamatan = await kecamatan.inputValue();
  await screenshot(phone, 'setup-5-officer-issue-390x844', { fullPage: true });
  await phone.locator('vaadin-button').filter({ hasText: 'Simpan' }).first().click();
  const anyway = phone.locator('vaadin-button').filter({ hasText: 'Tetap simpan' });
  await Promise.race([
    phone.waitForURL(/\/permasalahan\/\d+$/, { timeout: 15000 }),
    anyway.waitFor({ timeout: 15000 }).then(() => anyway.click()),
  ]);
  await phone.waitForURL(/\/permasalahan\/\d+$/, { timeout: 15000 });
  const filed = Date.now();

  // 8. The wall counts it, without reload.
  await wall.waitForFunction(([c, before]) => document.querySelector('desk-wall').model.posts
    .find(p => p.code === c).issues.open === before + 1, [bandung.code, bandungBefore], { timeout: 15000 });
  result.wallCountedAfterMs = Date.now() - filed;
  result.wallIssuesKotaBandung = bandungBefore + 1;
  await screenshot(wall, 'setup-6-wall-with-issue');
});

/** The posts as the admin's own export (CSV) lists them: code, name, wilayah. */
async function exportPosts(page) {
  await button(page, 'Ekspor CSV').click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 15000 }),
    page.locator('a').filter({ hasText: /\.csv/ }).first().click(),
  ]);
  const lines = fs.readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/)
    .map(l => l.replace(/"/g, ''));
  const head = lines[0].split(';');
  const col = (name) => head.indexOf(name);
  return lines.slice(1).map(l => l.split(';')).map(c => ({ code: c[col('kode')], name: c[col('nama')],
    wilayah: c[col('wilayah')], active: c[col('aktif')] }))
    .filter(p => p.active !== 'tidak');
}
