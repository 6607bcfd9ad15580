import { render, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { PaneProvider } from '../src/taskpane/theme/PaneProvider';

/**
 * Render inside the same FluentProvider the pane gets in Excel and the preview, with a user-event session, so
 * tests drive components the way a person does (keyboard and pointer), not by calling handlers.
 */
export function renderWithProviders(ui: ReactElement, options: Omit<RenderOptions, 'wrapper'> = {}) {
  const user = userEvent.setup();
  return { user, ...render(ui, { wrapper: PaneProvider, ...options }) };
}
