#!/usr/bin/env node
// The demo's stand-in for a person at a browser ($BROWSER): it opens the
// authorization URL authctl hands it, picks the org named in DEMO_ORG_LABEL on the
// emulator's org chooser, clicks Accept on the consent page, and follows the
// redirect back to authctl's loopback receiver, as a browser would.
const url = process.argv[2];
const label = process.env.DEMO_ORG_LABEL ?? 'Acme Sandbox (sandbox)';

const form = (html) => {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  const hidden = Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  return { action, hidden };
};

const chooser = await (await fetch(url)).text();
const orgId = new RegExp(`<label for="org-(\\d+)">${label.replace(/[()]/g, '\\$&')}</label>`).exec(chooser)?.[1];
if (!orgId) throw new Error(`the org chooser has no org labelled "${label}"`);
const first = form(chooser);
const consent = await (
  await fetch(new URL(first.action, url), { method: 'POST', body: new URLSearchParams({ ...first.hidden, org_id: orgId }) })
).text();
const second = form(consent);
const accepted = await fetch(new URL(second.action, url), {
  method: 'POST',
  body: new URLSearchParams({ ...second.hidden, decision: 'accept' }),
  redirect: 'manual',
});
// The redirect to http://127.0.0.1:PORT/callback?code=… is where authctl takes over.
await fetch(accepted.headers.get('location'), { redirect: 'follow' });
