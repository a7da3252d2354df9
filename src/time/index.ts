export * from './civil.js';
export * from './japan.js';
