/**
 * The bundled sample tracker as a committee would have it in the middle of the year: three of its Procurement
 * actions (due 30/07/2024) not yet signed off, as test/core/seedWithOverdue.ts has them, so a summary as at
 * 28/08/2024 (after the sample's last sign-off) has overdue actions and both charts. Used by
 * scripts/printScreenshots.sh.
 *
 *   npx tsx scripts/midYearTracker.ts OUT.xlsx
 */
import { promises as fs } from 'fs';
import { FileHost } from '../src/file/FileHost';
import { SAMPLE_PATH } from './makeSampleWorkbooks';

async function main(out: string | undefined): Promise<void> {
  if (!out) throw new Error('Usage: npx tsx scripts/midYearTracker.ts OUT.xlsx');
  const host = await FileHost.open(new Uint8Array(await fs.readFile(SAMPLE_PATH)));
  for (const cell of ['E3', 'E4', 'E5']) host.editCell(`'Audit Actions'!${cell}`, '');
  await fs.writeFile(out, await host.save());
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
