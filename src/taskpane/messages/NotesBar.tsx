import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';

/**
 * What the last refresh could not do alongside the summary (highlighting on a protected sheet, a column whose checks
 * are the user's own), each in the host's words. A warning, not an error: the summary itself was written.
 */
export function NotesBar({ notes, onDismiss }: { notes: string[]; onDismiss: () => void }) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Summary refreshed, with something left undone</MessageBarTitle>
        {notes.map((note) => (
          <div key={note}>{note}</div>
        ))}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label="Dismiss the message" icon={<DismissRegular />} onClick={onDismiss} />}
      />
    </MessageBar>
  );
}
