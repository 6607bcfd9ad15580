/**
 * Recomputes the overdue / due-soon row colours whenever the workbook changes, as Excel re-evaluates conditional
 * formats on every recalculation. See conditionalFormats.ts for why the engine's classification stands in for the rules.
 */
import { useEffect, useState } from 'react';
import { analyseWorkbook, resolveSettings } from '../core/analyseWorkbook';
import type { FileHost } from '../file/FileHost';
import { localToday } from '../host/localDate';
import { rowTones, type SheetTones } from './conditionalFormats';

const NONE: SheetTones = new Map();

export function useConditionalFormats(host: FileHost, version: number): SheetTones {
  const [tones, setTones] = useState<SheetTones>(NONE);
  useEffect(() => {
    let current = true;
    void (async () => {
      const [cells, saved] = await Promise.all([host.readWorkbook(), host.loadSettings()]);
      // TODAY() in the rules is today, whatever date the paper carries.
      const settings = resolveSettings({ ...saved, asOf: null });
      const analysis = analyseWorkbook(cells, { settings, today: localToday() });
      if (current) setTones(rowTones(host.file, analysis));
    })().catch((error: unknown) => {
      // The colours are a convenience; a workbook the engine cannot read still shows, just without them.
      console.warn('Could not work out the overdue highlighting:', error);
      if (current) setTones(NONE);
    });
    return () => {
      current = false;
    };
  }, [host, version]);
  return tones;
}
