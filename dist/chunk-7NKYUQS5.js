import { createRequire as __authctlRequire } from 'node:module'; const require = __authctlRequire(import.meta.url);
import {
  PRESET_API_AUTHORIZATION
} from "./chunk-RYCME3SZ.js";

// src/providers/presets.ts
var bearerKey = (base, check, warning) => ({
  warning,
  fields: { apiKey: { title: "API token", secret: true } },
  headers: { Authorization: "Bearer {apiKey}" },
  base,
  check
});
var PRESETS = {
  // Zoho's endpoints depend on the data centre (providers/zoho.ts): these are the US ones.
  zoho: {
    title: "Zoho (CRM, Projects, \u2026)",
    type: "oauth2",
    authorizationEndpoint: "https://accounts.zoho.com/oauth/v2/auth",
    tokenEndpoint: "https://accounts.zoho.com/oauth/v2/token",
    revocationEndpoint: "https://accounts.zoho.com/oauth/v2/token/revoke",
    scopes: ["ZohoCRM.modules.ALL", "ZohoCRM.settings.READ", "ZohoCRM.org.READ"],
    scopeSeparator: ",",
    pkce: true,
    clientAuthMethods: ["client_secret_post"],
    authorizationParams: { access_type: "offline", prompt: "consent" },
    api: { ...PRESET_API_AUTHORIZATION.zoho, base: "https://www.zohoapis.com" },
    console: "https://api-console.zoho.com (per data centre: api-console.zoho.eu, \u2026)"
  },
  salesforce: {
    title: "Salesforce",
    type: "oauth2",
    // login.salesforce.com for production, test.salesforce.com for sandboxes, or the org's My Domain.
    authorizationEndpoint: "https://{login_host}/services/oauth2/authorize",
    tokenEndpoint: "https://{login_host}/services/oauth2/token",
    revocationEndpoint: "https://{login_host}/services/oauth2/revoke",
    scopes: ["api", "refresh_token"],
    scopeSeparator: " ",
    pkce: true,
    clientAuthMethods: ["client_secret_post", "none"],
    api: { ...PRESET_API_AUTHORIZATION.salesforce, baseFromTokenField: "instance_url", baseHosts: [".salesforce.com", ".force.com"] },
    variables: {
      login_host: {
        description: "login.salesforce.com, test.salesforce.com (sandboxes), or your My Domain host (acme.my.salesforce.com)",
        default: "login.salesforce.com",
        pattern: "(login|test)\\.salesforce\\.com|[a-z0-9-]+(\\.[a-z0-9-]+)*\\.my\\.salesforce\\.com"
      }
    },
    // Salesforce sends no expires_in: its sessions last as the org's session settings say (2 h by default).
    assumedLifetimeSeconds: 3600,
    console: 'Setup \u2192 App Manager \u2192 New Connected App (enable OAuth, add the callback URL and the "api" and "refresh_token" scopes)'
  },
  hubspot: {
    title: "HubSpot",
    type: "oauth2",
    authorizationEndpoint: "https://app.hubspot.com/oauth/authorize",
    tokenEndpoint: "https://api.hubapi.com/oauth/v1/token",
    revocationEndpoint: "https://api.hubapi.com/oauth/v1/refresh-tokens",
    revocationStyle: "delete-path",
    scopes: ["oauth", "crm.objects.contacts.read"],
    scopeSeparator: " ",
    pkce: true,
    clientAuthMethods: ["client_secret_post"],
    api: { ...PRESET_API_AUTHORIZATION.hubspot, base: "https://api.hubapi.com" },
    console: "developers.hubspot.com \u2192 your developer account \u2192 Apps \u2192 Create app \u2192 Auth (redirect URL and scopes)"
  },
  pipedrive: {
    title: "Pipedrive",
    type: "oauth2",
    authorizationEndpoint: "https://oauth.pipedrive.com/oauth/authorize",
    tokenEndpoint: "https://oauth.pipedrive.com/oauth/token",
    revocationEndpoint: "https://oauth.pipedrive.com/oauth/revoke",
    // Scopes are chosen in the app's settings, not in the request.
    scopes: [],
    scopeSeparator: " ",
    pkce: true,
    clientAuthMethods: ["client_secret_basic"],
    api: { ...PRESET_API_AUTHORIZATION.pipedrive, baseFromTokenField: "api_domain", baseHosts: [".pipedrive.com"] },
    apiKey: {
      warning: "Your personal API token is under Personal preferences \u2192 API in Pipedrive.",
      fields: { apiKey: { title: "API token", secret: true } },
      headers: { "x-api-token": "{apiKey}" },
      base: "https://api.pipedrive.com",
      check: "/api/v1/users/me"
    },
    console: "Developer Hub (developers.pipedrive.com) \u2192 Create an app \u2192 OAuth & access scopes (callback URL and scopes)"
  },
  dynamics: {
    title: "Microsoft Dynamics 365 (Entra ID)",
    type: "oauth2",
    authorizationEndpoint: "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize",
    tokenEndpoint: "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token",
    deviceAuthorizationEndpoint: "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/devicecode",
    // Entra ID has no revocation endpoint for a single refresh token.
    scopes: ["https://{org}/user_impersonation", "offline_access"],
    scopeSeparator: " ",
    pkce: true,
    clientAuthMethods: ["none", "client_secret_post"],
    api: { ...PRESET_API_AUTHORIZATION.dynamics, base: "https://{org}" },
    variables: {
      tenant: {
        description: 'the Entra ID tenant: its id or domain (contoso.onmicrosoft.com), or "organizations"',
        default: "organizations",
        pattern: "[A-Za-z0-9][A-Za-z0-9.-]{0,253}"
      },
      org: { description: "the Dynamics org host, e.g. contoso.crm.dynamics.com (crm4 for EMEA, \u2026)", pattern: "[a-z0-9-]+\\.crm[0-9]*\\.dynamics\\.com" }
    },
    console: 'Entra admin center \u2192 App registrations \u2192 New registration (platform "Mobile and desktop applications", redirect http://127.0.0.1:8400/callback; API permission Dynamics CRM user_impersonation)'
  },
  close: {
    title: "Close",
    type: "oauth2",
    authorizationEndpoint: "https://app.close.com/oauth2/authorize/",
    tokenEndpoint: "https://api.close.com/oauth2/token/",
    revocationEndpoint: "https://api.close.com/oauth2/revoke/",
    scopes: ["all.full_access", "offline_access"],
    scopeSeparator: " ",
    pkce: true,
    clientAuthMethods: ["client_secret_post"],
    api: { ...PRESET_API_AUTHORIZATION.close, base: "https://api.close.com/api/v1" },
    apiKey: {
      warning: "Create an API key under Settings \u2192 Developer \u2192 API Keys in Close.",
      fields: { apiKey: { title: "API key", secret: true } },
      basic: { username: "{apiKey}", password: "" },
      base: "https://api.close.com/api/v1",
      check: "/me/"
    },
    console: "Close \u2192 Settings \u2192 Developer \u2192 OAuth Apps \u2192 Create app (redirect URI)"
  },
  "zendesk-sell": {
    title: "Zendesk Sell",
    type: "oauth2",
    authorizationEndpoint: "https://api.getbase.com/oauth2/authorize",
    tokenEndpoint: "https://api.getbase.com/oauth2/token",
    revocationEndpoint: "https://api.getbase.com/oauth2/revoke",
    scopes: ["read", "write", "profile"],
    scopeSeparator: " ",
    pkce: false,
    clientAuthMethods: ["client_secret_basic"],
    api: { ...PRESET_API_AUTHORIZATION["zendesk-sell"], base: "https://api.getbase.com" },
    apiKey: bearerKey("https://api.getbase.com", "/v2/users/self", "Create a personal access token under Settings \u2192 Integrations \u2192 OAuth \u2192 Access Tokens in Sell."),
    console: "Sell \u2192 Settings \u2192 Integrations \u2192 OAuth \u2192 Developer Apps \u2192 Add Developer App (redirect URL)"
  },
  clio: {
    title: "Clio",
    type: "oauth2",
    authorizationEndpoint: "https://{region_host}/oauth/authorize",
    tokenEndpoint: "https://{region_host}/oauth/token",
    revocationEndpoint: "https://{region_host}/oauth/deauthorize",
    // Clio grants the permissions chosen for the app; it takes no scope parameter.
    scopes: [],
    scopeSeparator: " ",
    pkce: false,
    clientAuthMethods: ["client_secret_post"],
    api: { ...PRESET_API_AUTHORIZATION.clio, base: "https://{region_host}/api/v4" },
    variables: {
      region_host: {
        description: "the region: app.clio.com (US), eu.app.clio.com, ca.app.clio.com or au.app.clio.com",
        default: "app.clio.com",
        pattern: "(eu\\.|ca\\.|au\\.)?app\\.clio\\.com"
      }
    },
    console: "Clio Manage \u2192 Settings \u2192 Developer Applications \u2192 Add (redirect URI, permissions)"
  },
  keap: {
    title: "Keap",
    type: "oauth2",
    authorizationEndpoint: "https://accounts.infusionsoft.com/app/oauth/authorize",
    tokenEndpoint: "https://api.infusionsoft.com/token",
    scopes: ["full"],
    scopeSeparator: " ",
    pkce: false,
    clientAuthMethods: ["client_secret_post"],
    api: { ...PRESET_API_AUTHORIZATION.keap, base: "https://api.infusionsoft.com/crm/rest" },
    console: "keys.developer.keap.com \u2192 Apps \u2192 New app (Keap may require an https redirect: unverified)"
  },
  attio: {
    title: "Attio",
    type: "oauth2",
    authorizationEndpoint: "https://app.attio.com/authorize",
    tokenEndpoint: "https://app.attio.com/oauth/token",
    // Attio takes no scope parameter: the scopes are the app's.
    scopes: [],
    scopeSeparator: " ",
    pkce: false,
    clientAuthMethods: ["client_secret_post"],
    api: { ...PRESET_API_AUTHORIZATION.attio, base: "https://api.attio.com" },
    apiKey: bearerKey("https://api.attio.com", "/v2/self", "Create an access token under Workspace settings \u2192 Developers in Attio."),
    accessTokenNeverExpires: true,
    console: "Attio \u2192 Workspace settings \u2192 Developers \u2192 Create a new integration \u2192 OAuth (redirect URI)"
  },
  monday: {
    title: "monday.com",
    type: "oauth2",
    authorizationEndpoint: "https://auth.monday.com/oauth2/authorize",
    tokenEndpoint: "https://auth.monday.com/oauth2/token",
    scopes: ["me:read", "boards:read"],
    scopeSeparator: " ",
    pkce: false,
    clientAuthMethods: ["client_secret_post"],
    api: { ...PRESET_API_AUTHORIZATION.monday, base: "https://api.monday.com/v2" },
    apiKey: {
      warning: "Your personal API token is under your avatar \u2192 Developers \u2192 My access tokens in monday.com.",
      fields: { apiKey: { title: "API token", secret: true } },
      headers: { Authorization: "{apiKey}" },
      base: "https://api.monday.com/v2"
    },
    // The classic flow; its opt-in OAuth 2.1 flow (expiring tokens, rotation) is added with provider add --issuer.
    accessTokenNeverExpires: true,
    console: "monday.com \u2192 Developers \u2192 Build app \u2192 OAuth (redirect URLs, scopes)"
  },
  // API-key-only CRMs (providers.md, "API-key CRMs").
  insightly: {
    title: "Insightly",
    type: "apiKey",
    apiKey: {
      warning: "To connect, go to User Settings in Insightly and copy the API key and the API URL from its API section.",
      fields: {
        apiKey: { title: "API key", secret: true },
        apiUrl: { title: "API URL (e.g. https://api.na1.insightly.com/v3.1)", pattern: "https?://[^\\s?#]+" }
      },
      basic: { username: "{apiKey}", password: "" },
      base: "{apiUrl}",
      baseHosts: [".insightly.com"],
      check: "/Users/Me"
    },
    console: "Insightly \u2192 User Settings \u2192 API (API key and API URL)"
  },
  freshsales: {
    title: "Freshsales (Freshworks CRM)",
    type: "apiKey",
    apiKey: {
      warning: "Your API key is under Profile Settings \u2192 API Settings in Freshsales; the bundle alias is the first part of your account URL (acme in acme.myfreshworks.com).",
      fields: {
        apiKey: { title: "API key", secret: true },
        bundle: { title: "bundle alias (acme in acme.myfreshworks.com)", pattern: "[a-z0-9][a-z0-9-]{0,62}" }
      },
      headers: { Authorization: "Token token={apiKey}" },
      base: "https://{bundle}.myfreshworks.com/crm/sales/api"
    },
    console: "Freshsales \u2192 Profile Settings \u2192 API Settings"
  },
  copper: {
    title: "Copper",
    type: "apiKey",
    apiKey: {
      warning: "Generate an API key under Settings \u2192 Integrations \u2192 API Keys in Copper; Copper also needs the e-mail of the user the key belongs to.",
      fields: {
        apiKey: { title: "API key", secret: true },
        userEmail: { title: "e-mail of the key's user", pattern: "[^\\s@]+@[^\\s@]+" }
      },
      headers: { "X-PW-AccessToken": "{apiKey}", "X-PW-Application": "developer_api", "X-PW-UserEmail": "{userEmail}" },
      base: "https://api.copper.com/developer_api/v1",
      check: "/account"
    },
    console: "Copper \u2192 Settings \u2192 Integrations \u2192 API Keys"
  }
};

export {
  PRESETS
};
