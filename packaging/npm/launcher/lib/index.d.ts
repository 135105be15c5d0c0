/** Options of {@link startMock}. */
export interface StartMockOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Seed of the generated data: the same seed gives the same users, documents and API keys. */
  seed?: number;
  /** Where state is kept: `memory` (the default), `sqlite:PATH` or `redis://HOST:PORT`. */
  state?: string;
  /** A fixture file (YAML or JSON) whose users, documents and keys the mock starts with (`--fixtures`). */
  fixtures?: string;
  /** One of the fixture file's scenarios to start with instead of its top level (`--scenario`). */
  scenario?: string;
  /** More arguments for the mock, e.g. `['--Auth:AccessTokenLifetime=00:01:00']` (see `rememberizer-mock --help`). */
  args?: string[];
  /** Environment variables added to this process's for the mock. */
  env?: Record<string, string>;
  /** How long the start may take before it is given up, in milliseconds (default 60000). */
  startTimeoutMs?: number;
}

/** The API keys the mock gives out from its start. */
export interface MockKeys {
  /** The `x-api-key` of the start-up vector store, or null when the mock started without one (a fixture's choice). */
  vectorStore: string | null;
  /** The `X-API-Key` of the first published common knowledge, or null when none is published. */
  commonKnowledge: string | null;
}

/** A message the mock "sent" (e.g. a verification code). */
export interface MailboxMessage {
  to: string;
  subject: string;
  code: string | null;
  sentAt: string;
}

/** A user to create directly, without captcha or e-mail. */
export interface NewUser {
  email: string;
  password: string;
  name: string;
  /** Defaults to true: the user can sign in at once. */
  emailVerified?: boolean;
}

/** What {@link MockConnection.loadFixture} loads: a file's text, or the loaded file again; and one of its scenarios. */
export interface FixtureLoad {
  /** The fixture file's text (YAML or JSON); omitted, the file the mock already loaded (to switch scenario). */
  content?: string;
  /** One of the file's scenarios instead of its top level. */
  scenario?: string;
}

export interface CreatedUser {
  id: number;
  email: string;
  name: string;
  emailVerified: boolean;
}

/** A running mock's address, keys and control API (see {@link connectMock}). */
export interface MockConnection {
  /** The server's root, e.g. `http://127.0.0.1:41234` (pages, `/_mock/…`). */
  url: string;
  /** The API's base address: `url` + `/api/v1`. */
  apiUrl: string;
  keys: MockKeys;
  /** Drops all state back to the seed data, or to the loaded fixture. */
  reset(): Promise<void>;
  /**
   * Replaces the whole state with a fixture, or another scenario of the loaded one. Rejects with the mock's 400,
   * which names each problem's JSON Pointer, and then nothing has changed. `keys` stays as it was at the start.
   */
  loadFixture(load?: FixtureLoad): Promise<void>;
  /** Messages sent to an address, oldest first. */
  mailbox(email: string): Promise<MailboxMessage[]>;
  /** Moves the fake clock forward (token expiry without waiting). */
  advanceClock(seconds: number): Promise<void>;
  createUser(user: NewUser): Promise<CreatedUser>;
}

/** A mock started by {@link startMock}. */
export interface RunningMock extends MockConnection {
  /** The mock's process id. */
  pid: number;
  /** Ends the mock and resolves once its process has ended; calling it again returns the same promise. */
  stop(): Promise<void>;
}

/**
 * Starts the mock of this platform's package and resolves once `/_mock/health` answers. Rejects with the mock's own
 * one-line error (e.g. an unknown option) when it cannot start. The mock ends with this process, however it ends.
 */
export function startMock(options?: StartMockOptions): Promise<RunningMock>;

/**
 * Reaches a mock that another process started (e.g. a test runner's global set-up, which passes the URL on to the
 * test workers) by its root or API URL: the same keys and control API, without stop().
 */
export function connectMock(url: string): Promise<MockConnection>;
