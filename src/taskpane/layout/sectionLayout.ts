import { tokens } from '@fluentui/react-components';

/**
 * Every pane section's layout: its parts stacked with a small gap, never forcing the 320 px pane wider. Spread into a
 * section's own styles, with what that section adds (left-aligned buttons, a larger gap).
 */
export const SECTION_LAYOUT = {
  display: 'flex',
  flexDirection: 'column',
  rowGap: tokens.spacingVerticalS,
  minWidth: 0,
} as const;
