import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { FAILED_MARKER, RUN_DIR_ENV, SERVER_LOG, SERVER_PID_ENV } from './server-env';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stop(pid: number) {
  if (!alive(pid)) return;
  process.kill(pid, 'SIGTERM'); // lets Spring close the database cleanly
  const deadline = Date.now() + 20_000;
  while (alive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  if (alive(pid)) {
    console.warn('[e2e] the server did not stop within 20 s; killing it');
    process.kill(pid, 'SIGKILL');
  }
}

export default async function globalTeardown() {
  const pid = Number(process.env[SERVER_PID_ENV]);
  const runDir = process.env[RUN_DIR_ENV];
  if (pid) await stop(pid);
  if (!runDir) return; // an external server: not ours to stop or clean

  const failed = path.join(runDir, FAILED_MARKER);
  const logFile = path.join(runDir, SERVER_LOG);
  if (existsSync(failed)) {
    console.log(`[e2e] failed: ${readFileSync(failed, 'utf8').trim().split('\n').join(', ')}`);
    console.log(`[e2e] server log (${logFile}):\n${existsSync(logFile) ? readFileSync(logFile, 'utf8') : '(none)'}`);
    console.log(`[e2e] kept ${runDir} for a look`);
  } else {
    rmSync(runDir, { recursive: true, force: true });
  }
}
