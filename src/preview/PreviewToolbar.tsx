/**
 * The page's own controls, outside the task pane: open a workbook from disk, download it back, and download the
 * committee paper's section for Word. All stay in the browser: the file is read with the File API and saved from
 * memory.
 */
import { Button, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { useState, type ChangeEvent } from 'react';

const XLSX_TYPES =
  '.xlsx,.xlsm,.xltx,.xltm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { display: 'flex', flexDirection: 'column', marginRight: 'auto', minWidth: 0 },
  // The file input stays in the page (keyboard and screen readers reach it by its label) but is drawn as a button.
  fileInput: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  fileButton: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: `5px ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  fileButtonFocused: {
    outline: `2px solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: '1px',
  },
});

export interface PreviewToolbarProps {
  fileName: string | null;
  busy: boolean;
  onOpen(file: File): void;
  onDownload(): void;
  /** The committee paper's section as a Word document; the button shows only when given. */
  onDownloadWord?(): void;
}

export function PreviewToolbar({ fileName, busy, onOpen, onDownload, onDownloadWord }: PreviewToolbarProps) {
  const styles = useStyles();
  // The label is what is seen, so it shows the keyboard focus the hidden input has.
  const [fileFocused, setFileFocused] = useState(false);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Clear it so choosing the same file again (after editing it in Excel) still opens it.
    event.target.value = '';
    if (file) onOpen(file);
  };
  return (
    <header className={styles.bar}>
      <div className={styles.title}>
        <Subtitle2 as="h1">JAC audit tracker: browser preview</Subtitle2>
        <Caption1>{fileName ? `${fileName}. ` : ''}Everything stays in this browser tab: nothing is uploaded.</Caption1>
      </div>
      <input
        id="open-workbook"
        className={styles.fileInput}
        type="file"
        accept={XLSX_TYPES}
        disabled={busy}
        onChange={onChange}
        onFocus={() => setFileFocused(true)}
        onBlur={() => setFileFocused(false)}
      />
      <label htmlFor="open-workbook" className={mergeClasses(styles.fileButton, fileFocused && styles.fileButtonFocused)}>
        <FolderOpenRegular aria-hidden fontSize={20} />
        Open workbook
      </label>
      <Button icon={<ArrowDownloadRegular />} disabled={busy || !fileName} onClick={onDownload}>
        Download workbook
      </Button>
      {onDownloadWord && (
        <Button icon={<DocumentRegular />} disabled={busy || !fileName} onClick={onDownloadWord}>
          Download for Word (.docx)
        </Button>
      )}
    </header>
  );
}
