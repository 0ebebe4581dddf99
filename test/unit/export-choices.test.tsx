// @vitest-environment jsdom
/**
 * The export choices are one table (src/settings/export-choices.ts): every choice and every value in it has its
 * control on the options page and its flag in the CLI (with its help line), and each sets the same setting.
 */
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { SettingsForm } from '../../options/settings-form';
import { HELP, parseArgs } from '../../src/cli/args';
import {
  CHOICE_KEYS,
  EXPORT_CHOICES,
  EXPORT_SWITCHES,
  flagOf,
  SWITCH_KEYS,
  valuesOf,
} from '../../src/settings/export-choices';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../src/settings/settings';

afterEach(cleanup);
configure({ asyncUtilTimeout: 5000 });

function memorySettings() {
  const saved: Settings[] = [];
  return {
    saved,
    storage: {
      load: () => Promise.resolve(DEFAULT_SETTINGS),
      save: (next: Settings) => {
        const settings = normalizeSettings(next);
        saved.push(settings);
        return Promise.resolve(settings);
      },
    },
  };
}

test('the table has choices, and the settings type, its defaults and the checks all come from it', () => {
  expect(CHOICE_KEYS).toEqual(['tweets', 'timestamps', 'links', 'heading', 'images']);
  expect(SWITCH_KEYS).toEqual(['frontMatter', 'channel']);
  for (const key of CHOICE_KEYS) {
    expect(valuesOf(key)).toContain(DEFAULT_SETTINGS.export[key]);
    for (const value of valuesOf(key)) {
      expect(normalizeSettings({ export: { [key]: value } }).export[key]).toBe(value);
    }
    expect(normalizeSettings({ export: { [key]: 'nonsense' } }).export[key]).toBe(EXPORT_CHOICES[key].default);
  }
});

test('every choice and value has its control on the options page, which saves that value', async () => {
  const { saved, storage } = memorySettings();
  render(<SettingsForm storage={storage} />);
  for (const key of CHOICE_KEYS) {
    const group = await screen.findByRole('group', { name: EXPORT_CHOICES[key].legend });
    // The value shown checked at first last, so that every click is a change.
    const values = valuesOf(key).sort(
      (a, b) => Number(a === DEFAULT_SETTINGS.export[key]) - Number(b === DEFAULT_SETTINGS.export[key]),
    );
    for (const value of values) {
      const label = (EXPORT_CHOICES[key].values as Record<string, string>)[value]!;
      const radio = [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')].find(
        (input) => input.value === value,
      );
      expect(radio?.closest('label')?.textContent).toBe(label);
      fireEvent.click(radio!);
      await waitFor(() => expect(saved.at(-1)?.export[key]).toBe(value));
    }
  }
  for (const key of SWITCH_KEYS) {
    const box = screen.getByRole('checkbox', { name: EXPORT_SWITCHES[key].label });
    fireEvent.click(box);
    await waitFor(() => expect(saved.at(-1)?.export[key]).toBe(!EXPORT_SWITCHES[key].default));
  }
});

test('every choice and value has its CLI flag and help line, which set the same setting', () => {
  for (const key of CHOICE_KEYS) {
    expect(HELP).toContain(`${flagOf(key)} ${valuesOf(key).join('|')}`);
    expect(HELP).toContain(EXPORT_CHOICES[key].help);
    for (const value of valuesOf(key)) {
      const parsed = parseArgs(['export', 'b.json', flagOf(key), value]);
      expect(parsed.kind === 'export' && parsed.settings[key]).toBe(value);
    }
    const bad = parseArgs(['export', 'b.json', flagOf(key), 'nonsense']);
    expect(bad.kind === 'error' && bad.message).toBe(
      `${flagOf(key)} must be ${valuesOf(key).join(' or ')}, not "nonsense"`,
    );
  }
  for (const key of SWITCH_KEYS) {
    const { flag, help } = EXPORT_SWITCHES[key];
    expect(HELP).toContain(flag);
    expect(HELP).toContain(help);
    const parsed = parseArgs(['export', 'b.json', flag]);
    expect(parsed.kind === 'export' && parsed.settings[key]).toBe(!EXPORT_SWITCHES[key].default);
  }
  const plain = parseArgs(['export', 'b.json']);
  expect(plain.kind === 'export' && plain.settings).toEqual(DEFAULT_SETTINGS.export);
});
