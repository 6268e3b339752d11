// Registers one camera at Jakarta Pusat as its chief, through the screens (bench/wall.sh reports on
// it). BASE: the node's address.
import { launch, signIn } from './lib/desk.mjs';

const base = process.env.BASE;
const browser = await launch();
try {
  const page = await signIn(browser, base, 'ketua.jakpus');
  await page.locator('vaadin-app-layout .posko-card').first().waitFor();
  await page.goto(base + '/perangkat');
  await page.getByRole('button', { name: 'Daftarkan perangkat' }).click();
  await page.getByLabel('Nama').fill('Kamera benchmark');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await page.waitForTimeout(500);
} finally {
  await browser.close();
}
