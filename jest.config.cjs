// Jest runs TypeScript through swc (fast, no type-check: `npm run typecheck` does that).
const transform = { '^.+\\.(t|m?j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic', importSource: 'preact' } } }, module: { type: 'commonjs' } }] };
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/tests/unit/**/*.test.tsx'],
      transform,
      // dexie, preact and linkedom ship ESM; let swc turn them into CommonJS for Jest.
      transformIgnorePatterns: ['/node_modules/(?!(dexie|preact|linkedom|htmlparser2|entities|domhandler|domelementtype|domutils|dom-serializer|uhyphen|css-select|css-what|boolbase|nth-check|cssom|cssomnom|html-escaper)/)'],
    },
  ],
};
