/**
 * Signed cookies for the dashboard: the value is followed by an HMAC-SHA256 of it, checked in
 * constant time. Node's crypto does the signing and the `cookie` package the header syntax. Cookies
 * are HttpOnly and SameSite=Lax (Strict would drop the OAuth state cookie on GitHub's redirect back),
 * Secure when the dashboard is served over HTTPS.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { parse, serialize } from "cookie";

export const SESSION_COOKIE = "relais_session";
export const STATE_COOKIE = "relais_oauth_state";

export class CookieSigner {
  constructor(private readonly secret: string) {}

  sign(value: string): string {
    return `${value}.${this.mac(value)}`;
  }

  verify(signed: string | undefined): string | undefined {
    if (!signed) return undefined;
    const dot = signed.lastIndexOf(".");
    if (dot <= 0) return undefined;
    const value = signed.slice(0, dot);
    const given = Buffer.from(signed.slice(dot + 1));
    const expected = Buffer.from(this.mac(value));
    return given.length === expected.length && timingSafeEqual(given, expected) ? value : undefined;
  }

  private mac(value: string): string {
    return createHmac("sha256", this.secret).update(value).digest("base64url");
  }
}

export function readCookie(request: IncomingMessage, name: string): string | undefined {
  return parse(request.headers.cookie ?? "")[name];
}

export function cookieHeader(name: string, value: string, options: { path: string; secure: boolean; maxAgeSeconds: number }): string {
  return serialize(name, value, { httpOnly: true, sameSite: "lax", secure: options.secure, path: options.path, maxAge: options.maxAgeSeconds });
}

export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps of a session id: its hash, so a copy of the database opens no session. */
export function sessionKey(id: string): string {
  return createHash("sha256").update(id).digest("hex");
}
