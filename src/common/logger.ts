import { LoggerService } from '@nestjs/common';
import pino, { DestinationStream, Logger as Pino } from 'pino';
import { LogLevel } from 'src/config/config';
import { currentRequestId } from 'src/common/request-context';
import { safeError } from 'src/common/safe-error';

/**
 * Nest's LoggerService on top of pino: one JSON line per event, with the Nest context
 * name and the current request id. Nest's `Logger` instances in features write through it.
 * Errors are written through `safeError`, so a failed statement's parameters never reach a log.
 */
/** Nest's own contexts that tell each module, route and stage of a boot. */
const BOOT_NARRATION = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
  'GraphQLModule',
]);

export class AppLogger implements LoggerService {
  readonly pino: Pino;

  constructor(level: LogLevel, destination?: DestinationStream) {
    const options = {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      serializers: { err: safeError },
      redact: {
        paths: ['password', '*.password', 'token', '*.token', 'authorization', '*.authorization'],
        censor: '[redacted]',
      },
    };
    this.pino = destination ? pino(options, destination) : pino(options);
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  /** Nest passes the context name last, and for errors a stack before it. */
  private write(
    level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal',
    message: unknown,
    rest: unknown[],
  ): void {
    const args = [...rest];
    const context = typeof args[args.length - 1] === 'string' ? (args.pop() as string) : undefined;
    // Nest's module-by-module boot narration would bury the one boot summary: debug only.
    if (level === 'info' && context && BOOT_NARRATION.has(context)) level = 'debug';
    const fields: Record<string, unknown> = {};
    if (context) fields.context = context;
    // A stack Nest passes as a string keeps its frames only: its first line repeats the message.
    if (level === 'error' && typeof args[0] === 'string') fields.stack = framesOnly(args.shift() as string);
    if (message instanceof Error) {
      fields.err = message;
      this.pino[level](fields, safeError(message).message);
    } else if (typeof message === 'object' && message !== null) {
      this.pino[level]({ ...fields, ...(message as Record<string, unknown>) });
    } else {
      this.pino[level](fields, String(message));
    }
  }
}

function framesOnly(stack: string): string {
  return stack
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .join('\n');
}
