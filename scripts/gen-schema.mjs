// Writes schemas/kamerbrief.schema.json from the rule registry (npm run schema).
import fs from 'node:fs';
import path from 'node:path';
import { importTs, root } from './import-ts.mjs';

const { buildSchema } = await importTs(['server/src/core/config/schema.ts']);
const target = path.join(root, 'schemas', 'kamerbrief.schema.json');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, JSON.stringify(buildSchema(), null, 2) + '\n');
console.log(`geschreven: ${path.relative(root, target)}`);
