// `npm run schema`: writes the JSON Schemas of the shared file formats (plan, framework) into schema/, generated
// from the zod schemas, so another tool can validate a Trellis file without Trellis.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaFiles } from './schema-files';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(schemaFiles())) {
  writeFileSync(join(dir, name), text);
  process.stdout.write(`wrote schema/${name}\n`);
}
