// Server-rendered pages of the web flow (seed 001 "new flow"): the org chooser, the consent
// page and error pages. Plain forms, no script, so both fetch-driven tests and a real browser
// (Playwright) can drive them. Every reflected value goes through escapeHtml.
import { escapeHtml as e } from './http.js';
import { ENVIRONMENTS, type EmulatorOrg, type EmulatorPortal } from './types.js';
import type { SeedUser } from './seed.js';

const ENV_TITLES = { production: 'Production', sandbox: 'Sandbox', developer: 'Developer' } as const;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${e(title)} - Zoho Accounts (emulator)</title></head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** The text of an org's radio label, e.g. "Acme Sandbox (sandbox)". */
export function orgLabel(org: EmulatorOrg): string {
  return `${org.name} (${org.environment})`;
}

export function chooserPage(o: {
  requestId: string;
  clientId: string;
  user: SeedUser;
  portals: EmulatorPortal[];
  message?: string;
}): string {
  const portals = o.portals
    .map((p) => {
      const envs = ENVIRONMENTS.map((env) => {
        const orgs = p.orgs.filter((org) => org.environment === env);
        if (orgs.length === 0) return '';
        const radios = orgs
          .map(
            (org) =>
              `      <div><input type="radio" id="org-${e(org.id)}" name="org_id" value="${e(org.id)}" required> ` +
              `<label for="org-${e(org.id)}">${e(orgLabel(org))}</label></div>`,
          )
          .join('\n');
        return `    <fieldset data-environment="${env}">\n      <legend>${ENV_TITLES[env]}</legend>\n${radios}\n    </fieldset>`;
      })
        .filter(Boolean)
        .join('\n');
      return `  <fieldset data-portal-id="${e(p.id)}">\n    <legend>${e(p.name)}</legend>\n${envs}\n  </fieldset>`;
    })
    .join('\n');
  return layout(
    'Choose an org',
    `<h1>Choose the org that ${e(o.clientId)} may access</h1>
<p>Signed in as ${e(o.user.name)} (${e(o.user.email)})</p>
${o.message ? `<p role="alert">${e(o.message)}</p>\n` : ''}<form method="post" action="/oauth/v2/auth/org">
  <input type="hidden" name="request_id" value="${e(o.requestId)}">
${portals}
  <button type="submit">Submit</button>
</form>`,
  );
}

export function consentPage(o: {
  requestId: string;
  clientId: string;
  portal: EmulatorPortal;
  org: EmulatorOrg;
  scopes: string[];
}): string {
  const scopes = o.scopes.map((s) => `  <li>${e(s)}</li>`).join('\n');
  return layout(
    'Consent',
    `<h1>${e(o.clientId)} would like to access your data</h1>
<p>Org: <strong id="org-name">${e(o.org.name)}</strong> in <span id="environment">${e(o.org.environment)}</span>
(portal <span id="portal-name">${e(o.portal.name)}</span>)</p>
<p>It asks for these scopes:</p>
<ul id="scopes">
${scopes}
</ul>
<form method="post" action="/oauth/v2/auth/consent">
  <input type="hidden" name="request_id" value="${e(o.requestId)}">
  <input type="hidden" name="org_id" value="${e(o.org.id)}">
  <button type="submit" name="decision" value="accept">Accept</button>
  <button type="submit" name="decision" value="deny">Deny</button>
</form>`,
  );
}

/** Zoho shows these instead of redirecting when it cannot trust the redirect_uri (or refuses). */
export function errorPage(title: string, detail: string): string {
  return layout(title, `<h1>${e(title)}</h1>\n<p id="error-detail">${e(detail)}</p>`);
}

/** The device flow's page: type the code shown on the device. */
export function deviceCodePage(code?: string, message?: string): string {
  return layout(
    'Connect a device',
    `<h1>Connect a device</h1>
${message ? `<p role="alert">${e(message)}</p>\n` : ''}<form method="post" action="/oauth/v3/device/verify">
  <label for="user_code">Code shown on your device</label>
  <input id="user_code" name="user_code" value="${e(code ?? '')}" required>
  <button type="submit">Next</button>
</form>`,
  );
}
