/** A mistake in how Relais was called or configured: exit code 2, and a message that says how to fix it. */
export class UsageError extends Error {}
