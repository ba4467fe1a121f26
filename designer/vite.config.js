import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Built into the Host's static files (src/Host/wwwroot/designer), served at /designer/. Fixed names for the entry
// and its CSS so Razor pages can link them (with asp-append-version for caching); chunks carry hashes.
export default defineConfig({
  base: '/designer/',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../src/Host/wwwroot/designer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2500,
    rolldownOptions: {
      input: fileURLToPath(new URL('./src/main.js', import.meta.url)),
      output: {
        entryFileNames: 'designer.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: asset => (asset.names || []).some(n => n.endsWith('.css') && n.startsWith('main'))
          ? 'designer.css'
          : 'assets/[name]-[hash][extname]',
      },
    },
  },
});
