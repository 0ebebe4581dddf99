/**
 * The fixture sites for Firefox: a local HTTPS server with a self-signed certificate, reached through a local
 * proxy. Firefox cannot map a host to a port (Chromium's --host-resolver-rules), but it can send all traffic to a
 * proxy: HTTPS requests arrive as CONNECT, which this proxy tunnels to the fixture server whatever the host. So
 * every run uses free ports of its own (no root, no port 443, test files may run side by side), and the server
 * dispatches on the Host header to the same "url -> body" functions the Chromium tests hand to `serveFixtures`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createProxy, type Server as HttpServer } from 'node:http';
import { createServer, type Server } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import type { Duplex } from 'node:stream';
import path from 'node:path';

export type FixturePages = (url: URL) => { body: string | Buffer; contentType?: string } | null;

export interface FixtureServer {
  /** The proxy's port on 127.0.0.1: Firefox's `network.proxy.*` prefs point here. */
  proxyPort: number;
  /** Serves `origin` (e.g. 'https://www.youtube.com') from `pages`, replacing what served it before. */
  serve: (origin: string, pages: FixturePages) => void;
  close: () => Promise<void>;
}

/** A blank page on a host no fixture claims: the harness opens extension pages from here. */
export const LAUNCH_ORIGIN = 'https://confnotes.test';

/** Node 20 cannot make an X.509 certificate; the openssl CLI can, in a few milliseconds for an EC key. */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), 'confnotes-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=Confnotes fixtures',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ],
      { stdio: 'pipe' },
    );
    return { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) };
  } catch (error) {
    throw new Error(
      `openssl could not make the fixture server's certificate (apt-get install -y openssl): ${String(error)}`,
      { cause: error },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startFixtureServer(): Promise<FixtureServer> {
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
      response
        .writeHead(206, {
          'content-type': type,
          'accept-ranges': 'bytes',
          'content-range': `bytes ${start}-${end}/${body.length}`,
        })
        .end(body.subarray(start, end + 1));
      return;
    }
    response.writeHead(200, { 'content-type': type, 'accept-ranges': 'bytes' }).end(body);
  });
  // The proxy: CONNECT host:443 becomes a tunnel to the fixture server; plain-HTTP requests get a 404.
  const proxy: HttpServer = createProxy((_request, response) => {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('fixtures are served over HTTPS only');
  });
  // A tunnel's two sockets end together, and close() ends the ones still open: the HTTP server no longer tracks a
  // socket once it is a tunnel, so without this proxy.close() would wait for Firefox to drop it.
  const tunnels = new Set<Duplex>();
  proxy.on('connect', (_request, client, head) => {
    const upstream = connect((server.address() as AddressInfo).port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const [one, other] of [
      [upstream, client],
      [client, upstream],
    ] as const) {
      tunnels.add(one);
      one.on('error', () => other.destroy());
      one.on('close', () => {
        tunnels.delete(one);
        other.destroy();
      });
    }
  });
  await listen(server);
  await listen(proxy);
  return {
    proxyPort: (proxy.address() as AddressInfo).port,
    serve(origin, pages) {
      sites.set(new URL(origin).origin, pages);
    },
    async close() {
      for (const socket of tunnels) socket.destroy();
      await Promise.all(
        [server, proxy].map(
          (s) =>
            new Promise<void>((resolve) => {
              s.closeAllConnections();
              s.close(() => resolve());
            }),
        ),
      );
    },
  };
}

/** Listens on a free port of 127.0.0.1. */
function listen(server: Server | HttpServer): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
}
