// The names the studio answers to, against DNS rebinding: a page of another site whose name an
// attacker points at this machine sends its own name as Host and as Origin. Every request (HTTP
// and WebSocket) must name one of the studio's own hosts with its port, and a browser's Origin
// must be one of them too: loopback names, the address served, this machine's addresses when
// serving on all of them, and names given with `--allow-host`.

import { networkInterfaces } from "node:os";

/** Whether `host` listens on every interface. */
export function servesAll(host: string): boolean {
  return host === "0.0.0.0" || host === "::";
}

/** `name` as it appears in a Host header (IPv6 addresses in brackets), lower case. */
function hostName(name: string): string {
  const lower = name.toLowerCase();
  return lower.includes(":") && !lower.startsWith("[") ? `[${lower}]` : lower;
}

export class AllowedHosts {
  private readonly names: ReadonlySet<string>;

  constructor(listenHost: string, private readonly port: number, extra: readonly string[] = []) {
    const names = ["localhost", "127.0.0.1", "::1", ...extra];
    if (servesAll(listenHost)) {
      for (const address of Object.values(networkInterfaces()).flat()) if (address) names.push(address.address);
    } else names.push(listenHost);
    this.names = new Set(names.map(hostName));
  }

  /** A Host header (`name:port`) naming the studio. */
  host(header: string | undefined): boolean {
    if (header === undefined) return false;
    const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(header.trim().toLowerCase());
    if (!match) return false;
    return this.names.has(match[1]) && Number(match[2] ?? 80) === this.port;
  }

  /** A browser's Origin header: one of the studio's own; tools send none. */
  origin(header: string | undefined): boolean {
    if (header === undefined) return true;
    try {
      const url = new URL(header);
      return (url.protocol === "http:" || url.protocol === "https:") && this.host(url.host);
    } catch {
      return false;
    }
  }
}
