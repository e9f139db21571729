// Runs `npm ci` only when node_modules does not match package-lock.json, so a warm
// `./mvnw spring-boot:run` does not reinstall every package. A fresh clone always installs.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lock = path.join(web, 'package-lock.json');
const stamp = path.join(web, 'node_modules', '.gridsight-lock-hash');
const hash = createHash('sha256').update(readFileSync(lock)).digest('hex');

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
  console.log('web: node_modules matches package-lock.json, skipping npm ci');
} else {
  execSync('npm ci --no-audit --no-fund', { cwd: web, stdio: 'inherit' });
  writeFileSync(stamp, hash);
}
