// Broken variants of a real `authctl export` URL, one per part, for the import and CI-mode tests.

/** Replaces the raw (still percent-encoded) value of one part. */
export const setPart = (url: string, name: string, raw: string) => {
  const re = new RegExp(`([?&])${name}=[^&#]*`);
  if (!re.test(url)) throw new Error(`the URL has no part ${name}`);
  return url.replace(re, `$1${name}=${raw}`);
};

export const dropPart = (url: string, name: string) => {
  const re = new RegExp(`([?&])${name}=[^&#]*&?`);
  if (!re.test(url)) throw new Error(`the URL has no part ${name}`);
  return url.replace(re, '$1').replace(/&$/, '');
};

export interface MalformedCase {
  what: string;
  mutate: (url: string) => string;
  /** What stderr must say: which part is wrong. */
  error: RegExp;
}

export const MALFORMED: MalformedCase[] = [
  { what: 'another scheme', mutate: (u) => u.replace('authctl://', 'https://'), error: /it does not start with authctl:\/\// },
  { what: 'a broken URL', mutate: (u) => u.replace('authctl://zoho', 'authctl://[zoho'), error: /it is not a well-formed URL/ },
  { what: 'an unknown provider', mutate: (u) => u.replace('authctl://zoho?', 'authctl://github?'), error: /its provider is neither built in \(zoho, salesforce, .*\) nor described by the value/ },
  { what: 'a path', mutate: (u) => u.replace('authctl://zoho?', 'authctl://zoho/x?'), error: /unexpected path after the provider/ },
  { what: 'a fragment', mutate: (u) => `${u}#x`, error: /it has a "#" fragment/ },
  { what: 'no version', mutate: (u) => dropPart(u, 'v'), error: /part "v" must be 1/ },
  { what: 'another version', mutate: (u) => setPart(u, 'v', '2'), error: /part "v" must be 1/ },
  { what: 'no client id', mutate: (u) => dropPart(u, 'client_id'), error: /part "client_id" is missing or empty/ },
  { what: 'a client id with a space', mutate: (u) => setPart(u, 'client_id', '1000.A%20B'), error: /part "client_id" contains spaces, line breaks/ },
  { what: 'no client secret', mutate: (u) => dropPart(u, 'client_secret'), error: /part "client_secret" is missing or empty/ },
  { what: 'a client secret with a line break', mutate: (u) => u.replace(/(client_secret=[^&]*)/, '$1%0A'), error: /part "client_secret" contains spaces, line breaks/ },
  { what: 'an empty refresh token', mutate: (u) => setPart(u, 'refresh_token', ''), error: /part "refresh_token" is missing or empty/ },
  { what: 'a badly percent-encoded refresh token', mutate: (u) => u.replace(/(refresh_token=[^&]*)/, '$1%ZZ'), error: /part "refresh_token" is not correctly percent-encoded/ },
  { what: 'an accounts server that is not a URL', mutate: (u) => setPart(u, 'accounts_server', 'accounts.zoho.com'), error: /part "accounts_server" is not an http\(s\) URL/ },
  {
    what: "an accounts server not the data centre's",
    mutate: (u) => setPart(u, 'accounts_server', encodeURIComponent('https://accounts.evil.example')),
    error: /part "accounts_server" is not the accounts server of data centre com \(http:\/\/127\.0\.0\.1:\d+\)/,
  },
  { what: 'an API domain that is not a URL', mutate: (u) => setPart(u, 'api_domain', encodeURIComponent('ftp://zohoapis.com')), error: /part "api_domain" is not an http\(s\) URL/ },
  { what: 'an unknown data centre', mutate: (u) => setPart(u, 'dc', 'mars'), error: /part "dc" is not a data centre authctl knows \(com, eu\)/ },
  { what: 'a portal that is not a name', mutate: (u) => setPart(u, 'portal', 'a%20b'), error: /part "portal" must be letters \(of any script\), digits/ },
  { what: 'an org that is not a name', mutate: (u) => setPart(u, 'org', '..%2Fetc'), error: /part "org" must be letters \(of any script\), digits/ },
  { what: 'an org id that is not a name', mutate: (u) => setPart(u, 'org_id', '%3A1'), error: /part "org_id" must be letters \(of any script\), digits/ },
  { what: 'an unknown environment', mutate: (u) => setPart(u, 'env', 'staging'), error: /part "env" must be one of production, sandbox, developer/ },
  { what: 'scopes with a space', mutate: (u) => setPart(u, 'scopes', 'ZohoCRM.modules.ALL%20x'), error: /part "scopes" must be scopes separated by commas/ },
  { what: 'an unknown part', mutate: (u) => `${u}&colour=blue`, error: /it has a part whose name authctl does not know \(not shown: it may be a secret\)/ },
  { what: 'a part given twice', mutate: (u) => `${u}&dc=com`, error: /part "dc" appears twice/ },
];
