/**
 * The options form over Settings: every change is saved at once (through normalizeSettings, so what is shown is
 * what was stored) and confirmed in a status line; a failed save says so and keeps the choice on screen.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ExportSettings, Settings } from '../src/settings/settings';
import { errorText } from '../src/ui/page-deps';

export interface SettingsStorage {
  load: () => Promise<Settings>;
  save: (settings: Settings) => Promise<Settings>;
}

type Choice<K extends keyof ExportSettings> = { key: K; legend: string; options: [ExportSettings[K], string][] };

const CHOICES = [
  {
    key: 'tweets',
    legend: 'Tweets',
    options: [
      ['embed', 'Twitter embed markup'],
      ['quote', 'Markdown quote'],
    ],
  },
  {
    key: 'timestamps',
    legend: 'Timestamps',
    options: [
      ['linked', 'Linked to the video moment'],
      ['plain', 'Plain text'],
      ['off', 'Off'],
    ],
  },
  {
    key: 'links',
    legend: 'Links',
    options: [
      ['inline', 'Inline'],
      ['reference', 'Named references, listed at the end'],
    ],
  },
  {
    key: 'heading',
    legend: 'Talk headings',
    options: [
      ['title', 'Title'],
      ['speaker-title', 'Speaker – Title'],
    ],
  },
] as const satisfies readonly Choice<keyof ExportSettings>[];

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
          {CHOICES.map((choice) => (
            <fieldset key={choice.key}>
              <legend>{choice.legend}</legend>
              {choice.options.map(([value, text]) => (
                <label class="choice" key={value}>
                  <input
                    type="radio"
                    name={choice.key}
                    value={value}
                    checked={settings.export[choice.key] === value}
                    onChange={() => void setExport({ [choice.key]: value })}
                  />
                  {text}
                </label>
              ))}
            </fieldset>
          ))}
          <label class="choice">
            <input
              type="checkbox"
              checked={settings.export.frontMatter}
              onChange={(e) => void setExport({ frontMatter: e.currentTarget.checked })}
            />
            Front matter (YAML header with title, date, tags)
          </label>
          <label class="choice">
            <input
              type="checkbox"
              checked={settings.export.channel}
              onChange={(e) => void setExport({ channel: e.currentTarget.checked })}
            />
            The channel after each watch link (“from [Channel](…)”)
          </label>
        </fieldset>
        <p class="status" role="status">
          {status}
        </p>
        <div role="alert" class={error ? 'error-region shown' : 'error-region'}>
          {error}
        </div>
      </form>
      {preview?.(settings)}
    </>
  );
}
