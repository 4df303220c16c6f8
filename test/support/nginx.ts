import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { until } from './api-process.js';
import { freePort } from './free-port.js';
import { reportMissingTool } from './missing-tool.js';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find((path) => existsSync(path));
const DEPLOY = join(import.meta.dirname, '..', '..', 'deploy', 'nginx');

/** Debian's nginx (`nginx-light`), to run the compose file's proxy settings in front of test instances. */
export const hasNginx = NGINX !== undefined;
if (!hasNginx) reportMissingTool('nginx', 'the reverse proxy tests', 'apt-get install nginx-light');

export interface RunningNginx {
  url: string;
  /** The error log so far, for a failing test's message. */
  log(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * nginx on a free loopback port, in a folder of its own (pid, temp and cache paths, logs), in front
 * of `upstreams` with deploy/nginx's own proxy.conf and maps.conf: the settings docker-compose.yml runs.
 */
export async function startNginx(upstreams: string[]): Promise<RunningNginx> {
  if (!NGINX) throw new Error('nginx is not installed');
  const folder = await mkdtemp(join(tmpdir(), 'terroir-nginx-'));
  // as root, nginx's workers run as nobody: they need to reach their temp and cache folders
  await chmod(folder, 0o755);
  const port = await freePort();
  const temp = (name: string) => `${name}_temp_path ${join(folder, name)};`;
  const conf = `worker_processes 1;
pid ${join(folder, 'nginx.pid')};
error_log ${join(folder, 'error.log')} warn;
events { worker_connections 256; }
http {
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  upstream terroir_api {
    ${upstreams.map((upstream) => `server ${upstream} max_fails=1 fail_timeout=5s;`).join('\n    ')}
    keepalive 8;
  }
  proxy_cache_path ${join(folder, 'cache')} levels=1:2 keys_zone=terroir:1m inactive=1d use_temp_path=off;
  include ${join(DEPLOY, 'maps.conf')};
  server {
    listen 127.0.0.1:${port};
    include ${join(DEPLOY, 'proxy.conf')};
  }
}
`;
  const file = join(folder, 'nginx.conf');
  await writeFile(file, conf);
  const child = spawn(NGINX, ['-p', `${folder}/`, '-c', file, '-e', join(folder, 'error.log'), '-g', 'daemon off;'], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const log = () => readFile(join(folder, 'error.log'), 'utf8').catch(() => '');
  const url = `http://127.0.0.1:${port}`;
  await until(
    'nginx listening',
    () =>
      fetch(`${url}/health/live`).then(
        () => true,
        () => false,
      ),
    10_000,
  ).catch(async (error: Error) => {
    child.kill('SIGKILL');
    throw new Error(`${error.message}\n${await log()}`);
  });
  return {
    url,
    log,
    async stop() {
      child.kill('SIGQUIT');
      await exited;
      await rm(folder, { recursive: true, force: true });
    },
  };
}
