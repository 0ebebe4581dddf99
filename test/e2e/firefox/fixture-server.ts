/**
 * The fixture sites for Firefox: one local HTTPS server on port 443 with a self-signed certificate.
 * Firefox has no host-to-port mapping (Chromium's --host-resolver-rules), so the harness points every host name
 * at 127.0.0.1 and this server answers for all of them, dispatching on the Host header to the same
 * "url -> body" functions the Chromium tests hand to `serveFixtures` in ../chromium.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type FixturePages = (url: URL) => { body: string | Buffer; contentType?: string } | null;

export interface FixtureServer {
  /** Serves `origin` (e.g. 'https://www.youtube.com') from `pages`, replacing what served it before. */
  serve(origin: string, pages: FixturePages): void;
  close(): Promise<void>;
}

/** A blank page on a host no fixture claims: the harness opens extension pages from here. */
export const LAUNCH_ORIGIN = 'https://confnotes.test';

/** Node 20 cannot make an X.509 certificate; the openssl CLI can, in a few milliseconds for an EC key. */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), 'confnotes-cert-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
      '-subj', '/CN=Confnotes fixtures', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'),
    ], { stdio: 'pipe' });
    return { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) };
  } catch (error) {
    throw new Error(`openssl could not make the fixture server's certificate (apt-get install -y openssl): ${String(error)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startFixtureServer(port = 443): Promise<FixtureServer> {
  const sites = new Map<string, FixturePages>();
  sites.set(LAUNCH_ORIGIN, () => ({ body: '<!doctype html><title>Confnotes test</title>' }));
  const server: Server = createServer(selfSignedCertificate(), (request, response) => {
    const url = new URL(request.url ?? '/', `https://${request.headers.host ?? 'localhost'}`);
    const found = sites.get(url.origin)?.(url) ?? null;
    if (!found) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not in fixtures');
      return;
    }
    const body = Buffer.from(found.body);
    const type = found.contentType ?? 'text/html; charset=utf-8';
    // Byte ranges, as media servers give them: Firefox seeks a <video>/<audio> only in a source that has them.
    const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? '');
    if (range) {
      const start = Number(range[1]);
      const end = Math.min(range[2] ? Number(range[2]) : body.length - 1, body.length - 1);
      response.writeHead(206, {
        'content-type': type, 'accept-ranges': 'bytes', 'content-range': `bytes ${start}-${end}/${body.length}`,
      }).end(body.subarray(start, end + 1));
      return;
    }
    response.writeHead(200, { 'content-type': type, 'accept-ranges': 'bytes' }).end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(new Error(error.code === 'EACCES'
      ? `Port ${port} needs root (Firefox cannot map ports): run the Firefox tests as root.`
      : `Port ${port} is busy (${error.code}): is another Firefox test run going?`)));
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    serve(origin, pages) { sites.set(new URL(origin).origin, pages); },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
