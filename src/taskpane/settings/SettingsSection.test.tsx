import { screen } from '@testing-library/react';
import { useState } from 'react';
import { DEFAULT_SETTINGS, type JacSettings } from '../../core/types';
import type { StartupState } from '../../host/WorkbookHost';
import { renderWithProviders } from '@test/renderWithProviders';
import { SettingsSection } from './SettingsSection';

function Harness({ initial, changes, startup = null }: { initial: JacSettings; changes: JacSettings[]; startup?: StartupState | null }) {
  const [settings, setSettings] = useState(initial);
  return (
    <SettingsSection
      settings={settings}
      outline={null}
      status={{ phase: 'clean' }}
      onChange={(next) => {
        changes.push(next);
        setSettings(next);
      }}
      onSave={() => {}}
      tablesPanel={{ open: false, focusRequest: 0, pickerToFocus: 'plan' }}
      onTablesToggle={() => {}}
      startup={startup}
    />
  );
}

function checkSwitch() {
  return screen.getByRole('switch', { name: 'Check the data as I edit' });
}

describe('SettingsSection: checking while editing', () => {
  it('shows the switch on, with a hint that says it checks while the add-in runs, and nothing about starting it', () => {
    renderWithProviders(<Harness initial={DEFAULT_SETTINGS} changes={[]} />);
    expect(checkSwitch()).toBeChecked();
    expect(checkSwitch()).toHaveAccessibleDescription('Re-checks the tables as you type, while the add-in is running.');
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

describe('SettingsSection: starting with the workbook', () => {
  const startupSwitch = () => screen.getByRole('switch', { name: 'Start the add-in whenever this workbook opens' });

  it('is off by default and says in plain words what turning it on costs, and what the workbook does now', () => {
    renderWithProviders(<Harness initial={DEFAULT_SETTINGS} changes={[]} startup="with-workbook" />);
    expect(startupSwitch()).not.toBeChecked();
    expect(startupSwitch()).toHaveAccessibleDescription(
      expect.stringContaining(
        'Anyone who opens this file without the add-in, such as the committee’s independent members, will then see an error message when it opens.',
      ),
    );
    expect(screen.getByText('Now: this workbook starts the add-in whenever it opens.')).toBeInTheDocument();
  });

  it('changes only the start-up setting when turned on', async () => {
    const changes: JacSettings[] = [];
    const { user } = renderWithProviders(<Harness initial={DEFAULT_SETTINGS} changes={changes} startup="on-demand" />);
    await user.click(startupSwitch());
    expect(changes).toEqual([{ ...DEFAULT_SETTINGS, startWithWorkbook: true }]);
  });

  it('is not offered where the host cannot start with a workbook (the preview)', () => {
    renderWithProviders(<Harness initial={DEFAULT_SETTINGS} changes={[]} />);
    expect(screen.queryByRole('switch', { name: 'Start the add-in whenever this workbook opens' })).not.toBeInTheDocument();
  });
});
