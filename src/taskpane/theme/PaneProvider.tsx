import { FluentProvider, teamsHighContrastTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';

const FORCED_COLOURS = '(forced-colors: active)';

/** Windows high contrast (and any forced-colours mode) gets Fluent's high-contrast theme; otherwise Office's light. */
export function currentTheme(): Theme {
  const forced = typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(FORCED_COLOURS).matches;
  return forced ? teamsHighContrastTheme : webLightTheme;
}

/**
 * The FluentProvider the pane runs in, in Excel, in the preview and in component tests alike, so tests see the
 * same theme tokens users do. Follows the system's contrast setting while the pane is open.
 */
export function PaneProvider({ children }: { children: ReactNode }) {
  const [theme, setTheme] = useState(currentTheme);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return undefined;
    const query = window.matchMedia(FORCED_COLOURS);
    const update = () => setTheme(currentTheme());
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return (
    <FluentProvider theme={theme} style={{ minHeight: '100%' }}>
      {children}
    </FluentProvider>
  );
}
