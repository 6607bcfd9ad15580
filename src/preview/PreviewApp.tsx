/**
 * The preview page: the real task pane (the same App Excel loads) beside a view of the workbook, both over one
 * PreviewHost (the file shell's FileHost plus Excel's sheet protection), the only thing standing in for Excel. Opening another file remounts the pane, as Excel starts
 * the add-in afresh for each workbook, so it reads that workbook's own saved settings.
 */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { HostError } from '../host/WorkbookHost';
import { paperDocx } from '../paper/paperDocx';
import { App } from '../taskpane/App';
import { localToday } from '../host/localDate';
import { downloadBytes } from './downloadBytes';
import { paperFromHost } from './paperFromHost';
import { PreviewHost } from './PreviewHost';
import { PreviewToolbar } from './PreviewToolbar';
import { fetchSampleWorkbook, SAMPLE_FILE_NAME } from './sampleWorkbook';
import { WorkbookView } from './WorkbookView';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Excel's task pane opens 320 px wide; the preview shows it at that width so what you see is what users get. */
export const PANE_WIDTH_PX = 320;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh', overflow: 'hidden' },
  main: { display: 'flex', flexGrow: 1, minHeight: 0 },
  pane: {
    width: `${PANE_WIDTH_PX}px`,
    flexShrink: 0,
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  loading: { margin: 'auto' },
});

interface Opened {
  host: PreviewHost;
  fileName: string;
  /** Bumped on each file opened, to start the pane afresh. */
  generation: number;
}

/** The file's own name, with the extension Excel needs for what it holds (a workbook with macros stays .xlsm). */
export function downloadName(fileName: string, macroEnabled: boolean, template: boolean): string {
  const extension = template ? (macroEnabled ? '.xltm' : '.xltx') : macroEnabled ? '.xlsm' : '.xlsx';
  return fileName.replace(/\.(xlsx|xlsm|xltx|xltm)$/i, '') + extension;
}

function mediaType(macroEnabled: boolean, template: boolean): string {
  if (macroEnabled) return template ? 'application/vnd.ms-excel.template.macroEnabled.12' : 'application/vnd.ms-excel.sheet.macroEnabled.12';
  return template
    ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.template'
    : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
}

function messageOf(error: unknown): string {
  if (error instanceof HostError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

export function PreviewApp({ initialWorkbook = fetchSampleWorkbook }: { initialWorkbook?: () => Promise<ArrayBuffer> }) {
  const styles = useStyles();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [busy, setBusy] = useState(true);
  const [error, setError] = useState<{ title: string; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    initialWorkbook()
      .then((bytes) => PreviewHost.openPreview(bytes))
      .then((host) => live && setOpened({ host, fileName: SAMPLE_FILE_NAME, generation: 0 }))
      .catch((reason: unknown) => live && setError({ title: 'Sample workbook not opened', text: messageOf(reason) }))
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
  }, [initialWorkbook]);

  const open = useCallback(
    async (file: File) => {
      setBusy(true);
      setError(null);
      try {
        const bytes = await file.arrayBuffer();
        if (opened) {
          // FileHost keeps the old workbook when the new file cannot be read, so a bad file loses nothing.
          await opened.host.open(bytes);
          setOpened({ host: opened.host, fileName: file.name, generation: opened.generation + 1 });
        } else {
          setOpened({ host: await PreviewHost.openPreview(bytes), fileName: file.name, generation: 0 });
        }
      } catch (reason) {
        setError({ title: `${file.name} was not opened`, text: messageOf(reason) });
      } finally {
        setBusy(false);
      }
    },
    [opened],
  );

  const download = useCallback(async () => {
    if (!opened) return;
    setError(null);
    try {
      const { macroEnabled, template } = opened.host.file.workbook;
      downloadBytes(await opened.host.save(), downloadName(opened.fileName, macroEnabled, template), mediaType(macroEnabled, template));
    } catch (reason) {
      setError({ title: 'Workbook not saved', text: messageOf(reason) });
    }
  }, [opened]);

  const downloadWord = useCallback(async () => {
    if (!opened) return;
    setError(null);
    try {
      const paper = await paperFromHost(opened.host, localToday());
      if (paper.kind === 'blocked') {
        setError({ title: 'Paper not written', text: paper.message });
        return;
      }
      downloadBytes(await paperDocx(paper.summary), `${opened.fileName.replace(/\.xlsx$/i, '')} - committee paper.docx`, DOCX_TYPE);
    } catch (reason) {
      setError({ title: 'Paper not written', text: messageOf(reason) });
    }
  }, [opened]);

  return (
    <div className={styles.page}>
      <PreviewToolbar
        fileName={opened?.fileName ?? null}
        busy={busy}
        onOpen={(file) => void open(file)}
        onDownload={() => void download()}
        onDownloadWord={() => void downloadWord()}
      />
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{error.title}</MessageBarTitle> {error.text}
          </MessageBarBody>
        </MessageBar>
      )}
      <main className={styles.main}>
        {opened ? (
          <>
            <WorkbookView key={`view-${opened.generation}`} host={opened.host} summaryLayout={() => opened.host.summaryLayout} />
            <aside className={styles.pane} aria-label="Task pane: JAC audit tracker">
              <App key={`pane-${opened.generation}`} host={opened.host} />
            </aside>
          </>
        ) : (
          busy && <Spinner className={styles.loading} label="Opening the sample workbook" />
        )}
      </main>
    </div>
  );
}
