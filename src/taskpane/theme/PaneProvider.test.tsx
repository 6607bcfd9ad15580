import { teamsHighContrastTheme, webLightTheme } from '@fluentui/react-components';
import { currentTheme } from './PaneProvider';

function stubForcedColours(active: boolean) {
  window.matchMedia = ((query: string) => ({
    matches: active && query === '(forced-colors: active)',
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  })) as unknown as typeof window.matchMedia;
}

describe('currentTheme', () => {
  const original = window.matchMedia;
  afterEach(() => {
    window.matchMedia = original;
  });

  it('uses the high-contrast theme when Windows forces its colours', () => {
    stubForcedColours(true);
    expect(currentTheme()).toBe(teamsHighContrastTheme);
  });

  it('uses the light Office theme otherwise', () => {
    stubForcedColours(false);
    expect(currentTheme()).toBe(webLightTheme);
  });
});
