import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/** A span as OTLP/HTTP protobuf carries it, with the fields the tests read. */
export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  attributes: Record<string, string | number | boolean>;
  status: { code: number; message: string };
  serviceName: string;
}

interface Field {
  no: number;
  bytes?: Buffer;
  number?: bigint;
}

/** The protobuf wire format, one level: each field's number and its raw value. */
function fields(buffer: Buffer): Field[] {
  const out: Field[] = [];
  let at = 0;
  const varint = (): bigint => {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      const byte = buffer[at++]!;
      result |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return result;
      shift += 7n;
    }
  };
  while (at < buffer.length) {
    const key = Number(varint());
    const no = key >> 3;
    switch (key & 7) {
      case 0:
        out.push({ no, number: varint() });
        break;
      case 1:
        out.push({ no, bytes: buffer.subarray(at, at + 8) });
        at += 8;
        break;
      case 2: {
        const length = Number(varint());
        out.push({ no, bytes: buffer.subarray(at, at + length) });
        at += length;
        break;
      }
      case 5:
        out.push({ no, bytes: buffer.subarray(at, at + 4) });
        at += 4;
        break;
      default:
        throw new Error(`Unsupported protobuf wire type ${key & 7}`);
    }
  }
  return out;
}

const each = (buffer: Buffer, no: number) => fields(buffer).filter((f) => f.no === no);
const one = (buffer: Buffer, no: number) => each(buffer, no)[0];

/** AnyValue: 1 string, 2 bool, 3 int, 4 double. */
function anyValue(buffer: Buffer): string | number | boolean {
  const field = fields(buffer)[0];
  if (!field) return '';
  if (field.no === 1) return field.bytes!.toString('utf8');
  if (field.no === 2) return field.number === 1n;
  if (field.no === 3) return Number(field.number);
  if (field.no === 4) return field.bytes!.readDoubleLE(0);
  return '';
}

function attributes(buffer: Buffer, no: number): Record<string, string | number | boolean> {
  const result: Record<string, string | number | boolean> = {};
  for (const kv of each(buffer, no)) {
    const key = one(kv.bytes!, 1)?.bytes?.toString('utf8') ?? '';
    const value = one(kv.bytes!, 2)?.bytes;
    result[key] = value ? anyValue(value) : '';
  }
  return result;
}

/** ExportTraceServiceRequest → ResourceSpans (1) → ScopeSpans (2) → Span (2). */
export function decodeTraces(body: Buffer): ReceivedSpan[] {
  const spans: ReceivedSpan[] = [];
  for (const resourceSpans of each(body, 1)) {
    const resource = one(resourceSpans.bytes!, 1)?.bytes;
    const serviceName = String((resource ? attributes(resource, 1) : {})['service.name'] ?? '');
    for (const scopeSpans of each(resourceSpans.bytes!, 2)) {
      for (const { bytes: span } of each(scopeSpans.bytes!, 2)) {
        const status = one(span!, 15)?.bytes;
        spans.push({
          traceId: one(span!, 1)?.bytes?.toString('hex') ?? '',
          spanId: one(span!, 2)?.bytes?.toString('hex') ?? '',
          parentSpanId: one(span!, 4)?.bytes?.toString('hex') ?? '',
          name: one(span!, 5)?.bytes?.toString('utf8') ?? '',
          kind: Number(one(span!, 6)?.number ?? 0n),
          attributes: attributes(span!, 9),
          status: {
            code: Number((status && one(status, 3)?.number) ?? 0n),
            message: (status && one(status, 2)?.bytes?.toString('utf8')) ?? '',
          },
          serviceName,
        });
      }
    }
  }
  return spans;
}

/** A local OTLP/HTTP collector: keeps every span POSTed to /v1/traces. */
export interface OtlpReceiver {
  url: string;
  spans: ReceivedSpan[];
  requests: { path: string; contentType: string }[];
  close(): Promise<void>;
}

export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const spans: ReceivedSpan[] = [];
  const requests: { path: string; contentType: string }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let body = Buffer.concat(chunks);
      if (req.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
      requests.push({ path: req.url ?? '', contentType: req.headers['content-type'] ?? '' });
      if (req.method === 'POST' && req.url === '/v1/traces') spans.push(...decodeTraces(body));
      // An empty ExportTraceServiceResponse: everything accepted.
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    spans,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
