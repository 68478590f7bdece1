import type { OptionsApi } from '@/components/OptionsApp';
import { loadSettings, saveSettings, watchSettings } from './settings-storage';
import { loadStoreSummary } from './store-summary';

/** The options page's view of the browser. */
export const optionsApi: OptionsApi = { loadSettings, saveSettings, watchSettings, loadStoreSummary };
