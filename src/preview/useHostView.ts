/**
 * The grid's view of the FileHost: which sheet is in front, which cell is selected, and a version that changes
 * whenever the workbook does (an edit, the add-in's writes, another file opened), so React redraws from it.
 */
import { useSyncExternalStore } from 'react';
import type { FileHost, Selection } from '../file/FileHost';

export interface HostView {
  version: number;
  activeSheet: string;
  selection: Selection | null;
}

interface ViewSource {
  subscribe(listener: () => void): () => void;
  getSnapshot(): HostView;
}

const sources = new WeakMap<FileHost, ViewSource>();

/** One cached snapshot per host, replaced on each host event, as useSyncExternalStore requires. */
function viewSource(host: FileHost): ViewSource {
  const existing = sources.get(host);
  if (existing) return existing;
  let snapshot: HostView = { version: 0, activeSheet: host.activeSheet, selection: host.selection };
  const listeners = new Set<() => void>();
  // One host subscription for all React subscribers, so each event bumps the version once.
  host.subscribe((event) => {
    snapshot = {
      version: snapshot.version + (event.type === 'selection-changed' ? 0 : 1),
      activeSheet: host.activeSheet,
      selection: host.selection,
    };
    listeners.forEach((listener) => listener());
  });
  const source: ViewSource = {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
  };
  sources.set(host, source);
  return source;
}

export function useHostView(host: FileHost): HostView {
  const source = viewSource(host);
  return useSyncExternalStore(source.subscribe, source.getSnapshot);
}
