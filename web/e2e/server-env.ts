/** Names of the environment variables global setup hands to the tests and to global teardown. */
export const BASE_URL_ENV = 'GRIDSIGHT_E2E_BASE_URL';
export const SERVER_PID_ENV = 'GRIDSIGHT_E2E_SERVER_PID';
/** A temp folder holding the server's data dir, its log and the failure marker. */
export const RUN_DIR_ENV = 'GRIDSIGHT_E2E_RUN_DIR';
export const SERVER_LOG = 'server.log';
export const FAILED_MARKER = 'failed-tests.txt';

/** The first admin, created by the server from its environment on an empty data dir. */
export const ADMIN_EMAIL = 'admin@e2e.test';
export const ADMIN_PASSWORD = 'e2e-password-123';
