// Who may do what: the conductor's token, invitations (a secret link granting edits of exactly
// some modules) and locked modules, kept in a file only the owner can read so that links and
// locks survive a restart. A token maps to a role; an unknown or revoked one to a listener.

import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { damaged } from "./state-error.ts";
import { findByToken, newToken } from "./tokens.ts";

export interface Invitation {
  /** A public handle for the conductor's page (never the token). */
  readonly id: string;
  readonly token: string;
  readonly name: string;
  readonly modules: readonly string[];
  readonly revoked: boolean;
}

export type Role =
  | { readonly kind: "conductor" }
  | { readonly kind: "participant"; readonly invitation: Invitation }
  | { readonly kind: "listener" };

interface Stored {
  conductor: string;
  invitations: Invitation[];
  locked: string[];
}

/** The access in `file`, undefined when there is no file yet. */
function readStored(file: string): Stored | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (failure) {
    if ((failure as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw failure;
  }
  const what = "the conductor's token, the invitations and the locks";
  let stored: Partial<Stored>;
  try {
    stored = JSON.parse(text) as Partial<Stored>;
  } catch (failure) {
    throw damaged(file, what, (failure as Error).message);
  }
  const valid = typeof stored === "object" && stored !== null && typeof stored.conductor === "string" && stored.conductor.length >= 32
    && Array.isArray(stored.invitations) && stored.invitations.every((invitation) => typeof invitation?.token === "string" && typeof invitation.id === "string" && Array.isArray(invitation.modules))
    && Array.isArray(stored.locked) && stored.locked.every((name) => typeof name === "string");
  if (!valid) throw damaged(file, what, "not the access the studio wrote");
  return stored as Stored;
}

export class Access {
  private constructor(private readonly file: string | undefined, private readonly stored: Stored) {}

  /**
   * The access kept in `file` (created with a fresh conductor token when there is none), or kept
   * in memory only. A damaged file throws StateError: it is never replaced silently.
   */
  static open(file?: string): Access {
    const stored = file ? readStored(file) : undefined;
    const access = new Access(file, stored ?? { conductor: newToken(), invitations: [], locked: [] });
    if (!stored) access.save();
    return access;
  }

  get conductorToken(): string {
    return this.stored.conductor;
  }

  /** The role a presented token grants (compared in constant time with every known token). */
  roleOf(token: string | undefined): Role {
    const candidates: ({ kind: "conductor"; token: string } | Invitation)[] = [
      { kind: "conductor", token: this.stored.conductor },
      ...this.stored.invitations,
    ];
    const found = findByToken(candidates, (candidate) => candidate.token, token);
    if (!found) return { kind: "listener" };
    if ("kind" in found) return { kind: "conductor" };
    return found.revoked ? { kind: "listener" } : { kind: "participant", invitation: found };
  }

  invite(name: string, modules: readonly string[]): Invitation {
    const invitation: Invitation = { id: newToken().slice(0, 10), token: newToken(), name, modules: [...new Set(modules)], revoked: false };
    this.stored.invitations.push(invitation);
    this.save();
    return invitation;
  }

  revoke(id: string): Invitation | undefined {
    const index = this.stored.invitations.findIndex((invitation) => invitation.id === id);
    if (index < 0) return undefined;
    const revoked = { ...this.stored.invitations[index], revoked: true };
    this.stored.invitations[index] = revoked;
    this.save();
    return revoked;
  }

  invitations(): readonly Invitation[] {
    return this.stored.invitations;
  }

  lock(module: string, locked: boolean): void {
    const others = this.stored.locked.filter((name) => name !== module);
    this.stored.locked = locked ? [...others, module] : others;
    this.save();
  }

  isLocked(module: string): boolean {
    return this.stored.locked.includes(module);
  }

  locked(): readonly string[] {
    return this.stored.locked;
  }

  private save(): void {
    if (!this.file) return;
    const folder = dirname(this.file);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    writeFileSync(join(folder, ".gitignore"), "*\n");
    const temporary = `${this.file}.saving`;
    writeFileSync(temporary, JSON.stringify(this.stored, null, 1), { mode: 0o600 });
    renameSync(temporary, this.file);
  }
}
