/**
 * Probot's set-up page puts the App manifest (app.yml as JSON) in a single-quoted HTML attribute
 * without escaping it, so an apostrophe in app.yml ("Vérifie qu'un dépôt…") cuts the manifest and
 * GitHub receives invalid JSON. Probot offers no hook for the manifest, so `npm start` wraps its
 * manifest builder with this transform.
 */

/**
 * The same JSON with `'`, `&`, `<` and `>` written as `\uXXXX` escapes. JSON.stringify emits these
 * characters only inside strings and never within an escape sequence, so the result parses to the
 * same value and holds nothing a browser would decode or end a single-quoted attribute on (`"` is
 * harmless there).
 */
export function attributeSafeJson(json: string): string {
  return json.replace(/['&<>]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

interface ManifestBuilder {
  prototype: { getManifest(this: unknown, options: unknown): string };
}

let installed = false;

/**
 * Without a webhook proxy Probot registers `BASE_URL/` as the webhook URL, where nothing listens:
 * point it at the path the server receives webhooks on instead.
 */
export function withWebhookPath(json: string, baseUrl: string | undefined, webhookPath = "/api/github/webhooks"): string {
  const manifest = JSON.parse(json) as { hook_attributes?: { url?: string } };
  if (baseUrl === undefined || manifest.hook_attributes?.url !== `${baseUrl}/`) return json;
  return JSON.stringify({ ...manifest, hook_attributes: { ...manifest.hook_attributes, url: `${baseUrl}${webhookPath}` } });
}

/**
 * Wraps Probot's `ManifestCreation#getManifest` (the only place the set-up page gets its manifest
 * from) so that it returns attribute-safe JSON. Probot does not export the class, so it is loaded
 * from the file next to Probot's entry point; the set-up page test fails if Probot moves it.
 */
export async function makeSetupManifestSafe(): Promise<void> {
  if (installed) return;
  const { ManifestCreation } = (await import(new URL("manifest-creation.js", import.meta.resolve("probot")).href)) as { ManifestCreation: ManifestBuilder };
  const original = ManifestCreation.prototype.getManifest;
  ManifestCreation.prototype.getManifest = function getManifest(options) {
    return attributeSafeJson(withWebhookPath(original.call(this, options), (options as { baseUrl?: string }).baseUrl));
  };
  installed = true;
}
