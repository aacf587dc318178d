/**
 * The names of the built-in providers, apart from their definitions (presets.ts),
 * so that config validation on the fast path of `authctl token` need not load them.
 */
export const PRESET_NAMES = ['zoho', 'salesforce', 'hubspot', 'pipedrive', 'dynamics', 'close', 'zendesk-sell', 'clio', 'keap', 'attio', 'monday', 'insightly', 'freshsales', 'copper'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export const isPresetName = (name: string): name is PresetName => (PRESET_NAMES as readonly string[]).includes(name);
