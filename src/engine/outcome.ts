/** Constructors for rule outcomes, so that rules read as decisions. */
import type { Evidence, MessageParam, Outcome, Status } from "./types.js";

function outcome(status: Status, key: string, evidence: Evidence[], params?: Record<string, MessageParam>): Outcome {
  return params ? { status, evidence, message: { key, params } } : { status, evidence, message: { key } };
}

export const pass = (key: string, evidence: Evidence[] = [], params?: Record<string, MessageParam>) => outcome("pass", key, evidence, params);
export const fail = (key: string, evidence: Evidence[] = [], params?: Record<string, MessageParam>) => outcome("fail", key, evidence, params);
export const warn = (key: string, evidence: Evidence[] = [], params?: Record<string, MessageParam>) => outcome("warn", key, evidence, params);
export const skip = (key: string, evidence: Evidence[] = [], params?: Record<string, MessageParam>) => outcome("skip", key, evidence, params);
