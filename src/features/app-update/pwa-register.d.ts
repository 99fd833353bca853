// Types of `virtual:pwa-register`, the module vite-plugin-pwa generates (vite.config.ts).
/// <reference types="vite-plugin-pwa/vanillajs" />
