import en from '../locales/en/heatmap.json';
import sv from '../locales/sv/heatmap.json';
import { defineMessages } from '../messages';

export const heatmapMessages = defineMessages('heatmap', sv, en);
