import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: path.resolve(__dirname),
  plugins: [react()],
  build: { outDir: path.resolve(__dirname, 'dist'), emptyOutDir: true, sourcemap: true },
  server: { port: 5173, proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } } },
});
