/**
 * The scales recharts may build for the app's charts, standing in for all of d3-scale (the build
 * resolves `victory-vendor/d3-scale` here, vite.config.ts). recharts looks a scale up by name in
 * the whole module (`import * as d3Scales`), which keeps every d3 scale in the bundle, time and UTC
 * scales with their calendars and formats included, 8 kB gzip on every page with a chart. With its
 * default `scale="auto"`, which every chart here uses, recharts only asks for these three: band and
 * point for categories, linear for numbers (decision 032).
 */
export { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
