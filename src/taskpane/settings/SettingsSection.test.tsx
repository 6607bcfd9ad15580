import { screen } from '@testing-library/react';
import { useState } from 'react';
import { DEFAULT_SETTINGS, type JacSettings } from '../../core/types';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { SettingsSection } from './SettingsSection';

function Harness({ initial, changes }: { initial: JacSettings; changes: JacSettings[] }) {
  const [settings, setSettings] = useState(initial);
  return (
    <SettingsSection
      settings={settings}
      outline={null}
      dirty={false}
      saving={false}
      saved={false}
      onChange={(next) => {
        changes.push(next);
        setSettings(next);
      }}
      onSave={() => {}}
      tablesPanel={{ open: false, focusRequest: 0 }}
      onTablesToggle={() => {}}
    />
  );
}

function checkSwitch() {
  return screen.getByRole('switch', { name: 'Check the data as I edit' });
}

describe('SettingsSection: checking while editing', () => {
  it('shows the switch on, with a hint that it also checks with the pane closed', () => {
    renderWithProviders(<Harness initial={DEFAULT_SETTINGS} changes={[]} />);
    expect(checkSwitch()).toBeChecked();
    expect(checkSwitch()).toHaveAccessibleDescription(
      'Keeps checking with the pane closed too: the add-in then starts whenever this workbook opens.',
    );
  });

  it('turns off and on again from the keyboard, leaving data validation as it was', async () => {
    const changes: JacSettings[] = [];
    const { user } = renderWithProviders(<Harness initial={{ ...DEFAULT_SETTINGS, dataValidation: false }} changes={changes} />);
    checkSwitch().focus();
    await user.keyboard(' ');
    expect(checkSwitch()).not.toBeChecked();
    await user.keyboard(' ');
    expect(changes.map((settings) => [settings.checkWhileEditing, settings.dataValidation])).toEqual([
      [false, false],
      [true, false],
    ]);
    expect(screen.getByRole('switch', { name: /data validation/ })).not.toBeChecked();
  });

  it('shows a stored "off" as off', () => {
    renderWithProviders(<Harness initial={{ ...DEFAULT_SETTINGS, checkWhileEditing: false }} changes={[]} />);
    expect(checkSwitch()).not.toBeChecked();
  });
});
