/** A problem the user can fix: printed as one line, exit code 2. */
export class UsageError extends Error {}

/** A file system error as one sentence naming the file. */
export function fileProblem(file: string, error: unknown, role: 'workbook' | 'settings' | 'output'): string {
  const code = (error as { code?: string } | null)?.code;
  const what = role === 'workbook' ? 'The workbook' : role === 'settings' ? 'The settings file' : 'The output file';
  switch (code) {
    case 'ENOENT':
      return role === 'output' ? `${what} ${file} cannot be written: its folder does not exist.` : `${what} ${file} was not found.`;
    case 'EISDIR':
      return `${what} ${file} is a folder, not a file.`;
    case 'EACCES':
    case 'EPERM':
      return `${what} ${file} cannot be ${role === 'output' ? 'written' : 'read'}: permission denied.`;
    case 'EBUSY':
      return `${what} ${file} is in use by another program (is it open in Excel?).`;
    default: {
      const reason = error instanceof Error ? error.message : String(error);
      return `${what} ${file} cannot be ${role === 'output' ? 'written' : 'read'}: ${oneLine(reason)}`;
    }
  }
}

export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
