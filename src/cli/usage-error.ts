/** A mistake in how Relais was called or configured: exit code 2, and a message that says how to fix it. */
export class UsageError extends Error {}

/** A failure that is not a mistake in the command (GitHub unreachable, a token refused): exit code 2 and the message alone. */
export class RunError extends Error {}
