import react from '@vitejs/plugin-react';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Each operation's document built into the file that defines it, instead of GraphQL Code
 * Generator's map of every document (web/src/generated/gql.ts), which the client preset cannot
 * split: with it every page's queries sat in the main bundle. Types still come from the
 * generated `graphql()` overloads; at run time each `graphql(`…`)` in a `*.graphql.ts` becomes
 * the parsed document with the fragments it spreads, which is what the generated one holds.
 */
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const IMPORT = /import\s*\{\s*graphql\s*\}\s*from\s*'[^']*\/generated(?:\/index)?';\n?/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.graphql.ts') ? [full] : [];
  });
}

function inlineGraphqlDocuments(modulesDir: string): Plugin {
  let fragments = new Map<string, FragmentDefinitionNode>();
  const loadFragments = () => {
    fragments = new Map();
    for (const file of sources(modulesDir)) {
      for (const [, text] of readFileSync(file, 'utf8').matchAll(CALL)) {
        for (const definition of parse(text, { noLocation: true }).definitions) {
          if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
        }
      }
    }
  };
  /** The operation (or fragment) with every fragment it spreads, each once. */
  const documentFor = (text: string): DocumentNode => {
    const own = parse(text, { noLocation: true }).definitions;
    const included = new Set(own.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])));
    const definitions: DefinitionNode[] = [...own];
    for (let i = 0; i < definitions.length; i++) {
      visit(definitions[i], {
        FragmentSpread(node) {
          const name = node.name.value;
          if (included.has(name)) return;
          const fragment = fragments.get(name);
          if (!fragment) throw new Error(`GraphQL fragment ${name} is not defined in any *.graphql.ts`);
          included.add(name);
          definitions.push(fragment);
        },
      });
    }
    return { kind: Kind.DOCUMENT, definitions };
  };
  return {
    name: 'brug-inline-graphql-documents',
    enforce: 'pre',
    buildStart: loadFragments,
    handleHotUpdate: ({ file }) => {
      if (file.endsWith('.graphql.ts')) loadFragments();
    },
    transform(code, id) {
      if (!id.endsWith('.graphql.ts') || !id.startsWith(modulesDir)) return null;
      const out = code.replace(IMPORT, '').replace(CALL, (_, text: string) => `JSON.parse(${JSON.stringify(JSON.stringify(documentFor(text)))})`);
      return { code: out, map: null };
    },
  };
}

export default defineConfig({
  root: path.resolve(here),
  plugins: [
    inlineGraphqlDocuments(path.resolve(here, 'src', 'modules')),
    react(),
    // An installable app whose shell works offline (the outreach form, web/src/modules/outreach).
    // The service worker precaches the built files and answers navigations with index.html;
    // the API (/graphql, /hsds, /fhir, the health checks) always goes to the network. Registered from main.tsx in
    // production builds only (not under `vite` dev).
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Brug',
        short_name: 'Brug',
        description: 'Brug: referral network and outreach log',
        lang: 'nl',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f5f4f0',
        theme_color: '#1f5f8b',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
        shortcuts: [{ name: 'Outreach', url: '/outreach/new' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/graphql/, /^\/hsds/, /^\/fhir/, /^\/healthz$/, /^\/readyz$/],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // The first visit is already served by it; a later version still waits for every tab to close.
        clientsClaim: true,
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    outDir: path.resolve(here, 'dist'),
    emptyOutDir: true,
    sourcemap: true,
    // Libraries in their own chunks: they change less often than the app, so browsers keep them cached.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|@wry|optimism|tslib|zen-observable)/ },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': { target: 'http://localhost:4000', ws: true }, '/hsds': 'http://localhost:4000', '/fhir': 'http://localhost:4000' },
  },
});
