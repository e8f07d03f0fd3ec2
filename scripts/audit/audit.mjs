// Runs the GraphQL-over-HTTP audit suite of graphql-http against a running
// server and exits non-zero when any MUST fails.
//
//   node audit.mjs [URL]        URL defaults to http://127.0.0.1:8080/graphql
//   AUDIT_TOKEN=...             sent as a bearer token (for a private server)
//   --json                      print the results as JSON instead
//
// Exit codes: 0 no MUST failed, 1 a MUST failed, 2 the audit could not run.
import { auditServer } from 'graphql-http';

const args = process.argv.slice(2);
const asJSON = args.includes('--json');
const url = args.find((a) => !a.startsWith('--')) ?? 'http://127.0.0.1:8080/graphql';
const token = process.env.AUDIT_TOKEN;

const fetchFn = token
  ? (input, init = {}) =>
      fetch(input, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${token}` } })
  : fetch;

let results;
try {
  results = await auditServer({ url, fetchFn });
} catch (err) {
  console.error(`audit of ${url} could not run: ${err?.stack ?? err}`);
  process.exit(2);
}

const count = (status) => results.filter((r) => r.status === status).length;
const summary = {
  url,
  audits: results.length,
  ok: count('ok'),
  mustFailed: count('error'),
  shouldFailed: count('warn'),
  mayFailed: count('notice'),
};
const failures = results
  .filter((r) => r.status !== 'ok')
  .map((r) => ({ id: r.id, status: r.status, name: r.name, reason: r.reason, httpStatus: r.response?.status }));

if (asJSON) {
  console.log(JSON.stringify({ summary, failures }, null, 2));
} else {
  for (const f of failures) {
    console.log(`${f.status.padEnd(6)} ${f.id} ${f.name}: ${f.reason} (HTTP ${f.httpStatus})`);
  }
  console.log(
    `graphql-http audit of ${url}: ${summary.audits} audits, ${summary.ok} ok, ` +
      `${summary.mustFailed} MUST failed, ${summary.shouldFailed} SHOULD failed, ${summary.mayFailed} MAY not met`,
  );
}
process.exit(summary.mustFailed > 0 ? 1 : 0);
