// Runs the graphql-http server audit (GraphQL over HTTP conformance) against a running endpoint.
// Usage: node audit.mjs [url]   (default: $GRAPHQL_URL or http://127.0.0.1:5099/graphql)
// Prints every audit, then counts failures by requirement level; exits 1 when any MUST audit fails
// (and 2 when the audit itself could not run), so CI can gate on it.
import { serverAudits } from 'graphql-http';

const url = process.argv[2] ?? process.env.GRAPHQL_URL ?? 'http://127.0.0.1:5099/graphql';
const levels = ['MUST', 'SHOULD', 'MAY'];
const failed = { MUST: 0, SHOULD: 0, MAY: 0 };
let passed = 0;

const audits = serverAudits({ url });
console.log(`graphql-http audit of ${url}: ${audits.length} audits`);

for (const audit of audits) {
  let result;
  try {
    result = await audit.fn();
  } catch (error) {
    // An audit throws only when it cannot run at all (e.g. the server is down).
    console.error(`audit ${audit.id} could not run: ${error?.stack ?? error}`);
    process.exit(2);
  }

  const level = levels.find((l) => result.name.startsWith(`${l} `)) ?? 'MAY';
  if (result.status === 'ok') {
    passed++;
    console.log(`ok     ${result.id} ${result.name}`);
    continue;
  }

  failed[level]++;
  let body = '';
  try {
    body = (await result.response.text()).slice(0, 300);
  } catch {
    // The body was already read by the audit; the reason says enough.
  }
  console.log(`${result.status.padEnd(6)} ${result.id} ${result.name}`);
  console.log(`         reason: ${result.reason}${body ? `\n         body: ${body}` : ''}`);
}

const totalFailed = failed.MUST + failed.SHOULD + failed.MAY;
console.log(
  `graphql-http audit: ${passed} passed, ${totalFailed} failed ` +
    `(MUST ${failed.MUST}, SHOULD ${failed.SHOULD}, MAY ${failed.MAY}) of ${audits.length}`,
);
process.exit(failed.MUST > 0 ? 1 : 0);
