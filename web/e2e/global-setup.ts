import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL_ENV, RUN_DIR_ENV, SERVER_LOG, SERVER_PID_ENV } from './server-env';

const here = path.dirname(fileURLToPath(import.meta.url));
const webDir = path.resolve(here, '..');
const HEALTH_TIMEOUT_MS = 120_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function isUp(baseURL: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseURL}/actuator/health`, { signal: AbortSignal.timeout(3_000) });
    if (!response.ok) return false;
    const body = (await response.json()) as { status?: string };
    return body.status === 'UP';
  } catch {
    return false; // not listening yet
  }
}

function javaExecutable(): string {
  const home = process.env.JAVA_HOME;
  const candidate = home ? path.join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java') : '';
  return candidate && existsSync(candidate) ? candidate : 'java';
}

export default async function globalSetup() {
  const external = process.env[BASE_URL_ENV];
  if (external) {
    if (!(await isUp(external))) throw new Error(`${BASE_URL_ENV}=${external} does not answer /actuator/health with UP`);
    console.log(`[e2e] using the server at ${external}`);
    return;
  }

  const jar = path.resolve(webDir, process.env.GRIDSIGHT_JAR ?? '../target/gridsight.jar');
  if (!existsSync(jar)) {
    throw new Error(`[e2e] no server jar at ${jar}: build it first (mvn package) or set GRIDSIGHT_JAR`);
  }

  const runDir = mkdtempSync(path.join(os.tmpdir(), 'gridsight-e2e-'));
  const dataDir = path.join(runDir, 'data');
  mkdirSync(dataDir);
  const logFile = path.join(runDir, SERVER_LOG);
  const log = openSync(logFile, 'a');
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;

  console.log(`[e2e] starting ${jar} on port ${port}, data in ${dataDir}`);
  const server = spawn(javaExecutable(), ['-jar', jar], {
    cwd: runDir,
    env: {
      ...process.env,
      SERVER_PORT: String(port),
      GRIDSIGHT_DATA_DIR: dataDir,
      GRIDSIGHT_ADMIN_EMAIL: ADMIN_EMAIL,
      GRIDSIGHT_ADMIN_PASSWORD: ADMIN_PASSWORD,
      GRIDSIGHT_SAMPLE_DATA: 'false',
    },
    stdio: ['ignore', log, log],
  });

  let exited: string | null = null;
  server.on('exit', (code, signal) => {
    exited = `exited with ${signal ?? `code ${code}`}`;
  });
  server.on('error', (error) => {
    exited = `could not start: ${error.message}`;
  });

  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (!(await isUp(baseURL))) {
    if (exited || Date.now() > deadline) {
      const why = exited ?? `was not UP after ${HEALTH_TIMEOUT_MS / 1000} s`;
      if (!exited) server.kill('SIGKILL');
      console.error(`[e2e] the server ${why}; its log (${logFile}):\n${readFileSync(logFile, 'utf8')}`);
      throw new Error(`[e2e] the server ${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.log(`[e2e] server UP at ${baseURL}`);

  // the workers start after this and inherit these; so does global teardown
  process.env[BASE_URL_ENV] = baseURL;
  process.env[SERVER_PID_ENV] = String(server.pid);
  process.env[RUN_DIR_ENV] = runDir;
}
