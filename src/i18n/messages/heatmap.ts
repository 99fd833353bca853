import { defineMessages } from '../messages';
import en from '../locales/en/heatmap.json';
import sv from '../locales/sv/heatmap.json';

export const heatmapMessages = defineMessages('heatmap', sv, en);
