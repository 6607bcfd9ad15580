/**
 * The in-cell editor: Enter commits and moves down (Shift+Enter up), Tab commits and moves right, Escape cancels,
 * clicking elsewhere commits, as in Excel.
 */
import { useRef, useState } from 'react';

export type FinishEditing = (text: string | null, move: { rows: number; columns: number }) => void;

export function CellEditor({
  address,
  initial,
  onFinish,
  className,
}: {
  address: string;
  initial: string;
  onFinish: FinishEditing;
  className: string;
}) {
  const [text, setText] = useState(initial);
  const done = useRef(false);
  const finish = (value: string | null, move: { rows: number; columns: number }) => {
    if (done.current) return;
    done.current = true;
    onFinish(value, move);
  };
  return (
    <input
      className={className}
      aria-label={`Edit ${address}`}
      value={text}
      autoFocus
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') {
          event.preventDefault();
          finish(text, { rows: event.shiftKey ? -1 : 1, columns: 0 });
        } else if (event.key === 'Tab') {
          event.preventDefault();
          finish(text, { rows: 0, columns: event.shiftKey ? -1 : 1 });
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(null, { rows: 0, columns: 0 });
        }
      }}
      // Clicking elsewhere commits, as in Excel.
      onBlur={() => finish(text, { rows: 0, columns: 0 })}
      onClick={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
    />
  );
}
