/**
 * The private-address guard of URL fetching: which IP addresses a fetch must not reach unless the user allows it
 * (loopback, private networks, link-local and cloud metadata, CGNAT, multicast, reserved...), including IPv6
 * forms that embed such an IPv4 address.
 */
import dns from 'node:dns';
import ipaddr from 'ipaddr.js';

const REASONS: Record<string, string> = {
  unspecified: 'the address is unspecified (0.0.0.0 or ::)',
  broadcast: 'the address is the broadcast address',
  multicast: 'the address is multicast',
  linkLocal: 'the address is link-local (169.254.0.0/16 or fe80::/10, where cloud metadata services live)',
  loopback: 'the address is loopback (this machine)',
  carrierGradeNat: 'the address is in the carrier-grade NAT range 100.64.0.0/10',
  private: 'the address is private',
  uniqueLocal: 'the address is private (IPv6 unique local, fc00::/7)',
  deprecatedSiteLocal: 'the address is private (IPv6 site-local, fec0::/10)',
  reserved: 'the address is reserved',
  benchmarking: 'the address is in a benchmarking range',
  as112: 'the address is in the AS112 range',
  as112v6: 'the address is in the AS112 range',
  amt: 'the address is in the AMT range',
  discard: 'the address is in the IPv6 discard range',
  teredo: 'the address is a Teredo tunnel address',
  segmentRouting: 'the address is in the segment-routing range',
};

/**
 * Why a fetch must not connect to `ip` without `--allow-private`, or undefined when it is an ordinary public
 * unicast address. Anything that does not parse as an IP address is refused.
 */
export function isForbiddenAddress(ip: string): string | undefined {
  const text = ip.trim().replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  if (!ipaddr.isValid(text)) return `${JSON.stringify(ip)} is not an IP address`;
  let addr: ipaddr.IPv4 | ipaddr.IPv6 = ipaddr.parse(text);
  if (addr.kind() === 'ipv6') {
    const v6 = addr as ipaddr.IPv6;
    const range = v6.range();
    const bytes = v6.toByteArray();
    let embedded: number[] | undefined;
    if (v6.isIPv4MappedAddress() || range === 'rfc6145' || range === 'rfc6052') embedded = bytes.slice(12, 16);
    else if (range === '6to4') embedded = bytes.slice(2, 6);
    else if (bytes.slice(0, 12).every((b) => b === 0) && !(range === 'loopback' || range === 'unspecified')) {
      // Deprecated IPv4-compatible addresses (::a.b.c.d).
      embedded = bytes.slice(12, 16);
    }
    if (embedded) {
      const v4 = new ipaddr.IPv4(embedded);
      const why = isForbiddenAddress(v4.toString());
      return why ? `${why} (${text} embeds the IPv4 address ${v4.toString()})` : undefined;
    }
    addr = v6;
  }
  const range = addr.range();
  if (range === 'unicast') return undefined;
  return REASONS[range] ?? `the address is in the special-purpose range "${range}"`;
}

export interface GuardOptions {
  /** Allow every address. */
  allowPrivate?: boolean;
  /** Addresses allowed even though they are private (e.g. one internal host). */
  allowAddresses?: string[];
}

/** The reason to refuse `ip` under these options, or undefined. */
export function refusalFor(ip: string, options: GuardOptions): string | undefined {
  if (options.allowPrivate) return undefined;
  const why = isForbiddenAddress(ip);
  if (!why) return undefined;
  const norm = normaliseIp(ip);
  if (options.allowAddresses?.some((a) => normaliseIp(a) === norm)) return undefined;
  return why;
}

function normaliseIp(ip: string): string {
  const t = ip.trim().replace(/^\[(.*)\]$/, '$1');
  try {
    return ipaddr.process(t).toString();
  } catch {
    return t;
  }
}

/** An error raised by the guarded lookup, carrying the address and reason. */
export class AddressRefused extends Error {
  constructor(
    readonly hostname: string,
    readonly address: string,
    readonly why: string,
  ) {
    super(`${hostname} resolves to ${address}: ${why}`);
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * A `lookup` for `http.request`/`net.connect` that resolves the name and refuses the connection when ANY answer
 * is forbidden, so the address checked is the address connected to (no DNS-rebinding gap).
 */
export function guardedLookup(options: GuardOptions, resolver: typeof dns.lookup = dns.lookup) {
  return (hostname: string, opts: dns.LookupOptions | number | undefined, callback: LookupCallback): void => {
    const lookupOpts: dns.LookupAllOptions = {
      ...(typeof opts === 'object' && opts ? opts : typeof opts === 'number' ? { family: opts } : {}),
      all: true,
    };
    resolver(hostname, lookupOpts, (err: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      if (!addresses || addresses.length === 0) {
        const e: NodeJS.ErrnoException = new Error(`${hostname} has no address`);
        e.code = 'ENOTFOUND';
        return callback(e, '', 0);
      }
      for (const a of addresses) {
        const why = refusalFor(a.address, options);
        if (why) return callback(new AddressRefused(hostname, a.address, why), '', 0);
      }
      if (typeof opts === 'object' && opts?.all) return callback(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
