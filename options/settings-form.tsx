/**
 * The options form over Settings: every change is saved at once (through normalizeSettings, so what is shown is
 * what was stored) and confirmed in a status line; a failed save says so and keeps the choice on screen. The
 * export controls are made from the table of export choices (src/settings/export-choices.ts), as the CLI's flags are.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { CHOICE_KEYS, EXPORT_CHOICES, EXPORT_SWITCHES, SWITCH_KEYS, valuesOf } from '../src/settings/export-choices';
import type { ExportSettings, Settings } from '../src/settings/settings';
import { StatusLines } from '../src/ui/alerts';
import { errorText } from '../src/ui/page-deps';

export interface SettingsStorage {
  load: () => Promise<Settings>;
  save: (settings: Settings) => Promise<Settings>;
}

interface Props {
  storage: SettingsStorage;
  /** Below the form, given the settings on screen: the export preview. */
  preview?: (settings: Settings) => ComponentChildren;
}

export function SettingsForm({ storage, preview }: Props) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    storage.load().then(setSettings, (e) => setError(`Could not read the settings: ${errorText(e)}`));
  }, [storage]);

  if (!settings)
    return (
      <p class="loading" role="alert">
        {error || 'Loading settings…'}
      </p>
    );

  const change = async (next: Settings) => {
    setSettings(next);
    setStatus('Saving…');
    try {
      setSettings(await storage.save(next));
      setError('');
      setStatus('Settings saved.');
    } catch (e) {
      setStatus('');
      setError(`Could not save the settings: ${errorText(e)}`);
    }
  };
  const setExport = (patch: Partial<ExportSettings>) =>
    change({ ...settings, export: { ...settings.export, ...patch } });

  return (
    <>
      <form class="settings" aria-label="Settings" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Capture</legend>
          <div class="field">
            <label for="rewind">
              Rewind seconds <span class="hint">(taken off a note’s timestamp for reaction time, 0–60)</span>
            </label>
            <input
              id="rewind"
              type="number"
              min={0}
              max={60}
              step={1}
              value={settings.capture.rewindSeconds}
              onChange={(e) =>
                void change({
                  ...settings,
                  capture: { ...settings.capture, rewindSeconds: Number(e.currentTarget.value) },
                })
              }
            />
          </div>
          <label class="choice">
            <input
              type="checkbox"
              checked={settings.capture.pauseWhileTyping}
              onChange={(e) =>
                void change({
                  ...settings,
                  capture: { ...settings.capture, pauseWhileTyping: e.currentTarget.checked },
                })
              }
            />
            Pause the video while typing a note
          </label>
        </fieldset>
        <fieldset>
          <legend>Export</legend>
          {CHOICE_KEYS.map((key) => (
            <fieldset key={key}>
              <legend>{EXPORT_CHOICES[key].legend}</legend>
              {valuesOf(key).map((value) => (
                <label class="choice" key={value}>
                  <input
                    type="radio"
                    name={key}
                    value={value}
                    checked={settings.export[key] === value}
                    onChange={() => void setExport({ [key]: value })}
                  />
                  {(EXPORT_CHOICES[key].values as Record<string, string>)[value]}
                </label>
              ))}
            </fieldset>
          ))}
          {SWITCH_KEYS.map((key) => (
            <label class="choice" key={key}>
              <input
                type="checkbox"
                checked={settings.export[key]}
                onChange={(e) => void setExport({ [key]: e.currentTarget.checked })}
              />
              {EXPORT_SWITCHES[key].label}
            </label>
          ))}
        </fieldset>
        <StatusLines status={status} error={error} />
      </form>
      {preview?.(settings)}
    </>
  );
}
