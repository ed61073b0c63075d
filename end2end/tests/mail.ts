import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';

/** The text of a MIME message with its transfer encodings undone (enough
 * for the messages Offerline writes: quoted-printable or base64 parts). */
function decodedText(raw: string): string {
  const unfolded = raw.replace(/=\r?\n/g, '');
  const qp = unfolded.replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  const base64Parts = [...raw.matchAll(/Content-Transfer-Encoding: base64\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/g)]
    .map((m) => Buffer.from(m[1].replace(/\r?\n/g, ''), 'base64').toString('utf8'));
  return [qp, ...base64Parts].join('\n');
}

/** Waits for a message to `to` in the server's .eml outbox that holds a
 * link to `path`, and returns that link. */
export async function linkSentTo(to: string, path: string): Promise<string> {
  const outbox = join(process.env.E2E_DATA_DIR ?? '', 'outbox');
  let link = '';
  await expect
    .poll(
      () => {
        let files: string[] = [];
        try {
          files = readdirSync(outbox).filter((f) => f.endsWith('.eml'));
        } catch {
          return '';
        }
        files.sort((a, b) => statSync(join(outbox, b)).mtimeMs - statSync(join(outbox, a)).mtimeMs);
        for (const file of files) {
          const text = decodedText(readFileSync(join(outbox, file), 'utf8'));
          if (!text.toLowerCase().includes(to.toLowerCase())) continue;
          const match = text.match(new RegExp(`https?://[^\\s"<>]+${path}\\?token=[0-9a-f]{64}`));
          if (match) {
            link = match[0];
            return link;
          }
        }
        return '';
      },
      { timeout: 15_000, message: `a ${path} link sent to ${to}` },
    )
    .not.toBe('');
  return link;
}
