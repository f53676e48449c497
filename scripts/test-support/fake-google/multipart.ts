// Reads a multipart/related upload body (metadata JSON, then the media) the way Drive's upload endpoint does.

export interface UploadParts {
  metadata: Record<string, unknown>;
  media: Buffer;
  mediaType: string;
}

export function parseMultipartRelated(body: Buffer, contentType: string): UploadParts {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) throw new Error('multipart upload without a boundary');
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Buffer[] = [];
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next < 0) throw new Error('multipart upload is cut short (no closing boundary)');
    parts.push(body.subarray(start, next));
    at = next;
  }
  const decoded = parts.map((raw) => {
    const text = raw.subarray(raw.indexOf('\r\n') + 2);
    const split = text.indexOf('\r\n\r\n');
    const headers = text.subarray(0, split).toString();
    let content = text.subarray(split + 4);
    // the part ends with the CRLF that precedes the next delimiter
    if (content.subarray(-2).toString() === '\r\n') content = content.subarray(0, -2);
    return { type: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? 'application/octet-stream', content };
  });
  if (decoded.length !== 2) throw new Error(`multipart upload has ${decoded.length} parts, expected metadata and media`);
  return { metadata: JSON.parse(decoded[0]!.content.toString('utf8')) as Record<string, unknown>, media: decoded[1]!.content, mediaType: decoded[1]!.type };
}
