import { Logger } from '@nestjs/common';

/**
 * Tests are quiet unless asked: Nest's default console logger (used by units tested without
 * an application) writes nothing. TEST_LOG_LEVEL=debug shows it, and the applications' JSON
 * logs, again; a failing test's own report is never hidden.
 */
if (!process.env.TEST_LOG_LEVEL) Logger.overrideLogger(false);
