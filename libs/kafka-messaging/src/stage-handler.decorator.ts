import { applyDecorators, Catch, UseFilters, type RpcExceptionFilter } from '@nestjs/common';
import { EventPattern } from '@nestjs/microservices';
import { throwError, type Observable } from 'rxjs';

/**
 * Nest's default RPC filter turns every unknown error into "Internal server error" and logs it; the stage
 * server needs the original error to decide between dead-lettering and retrying, so it is passed through.
 */
@Catch()
class PassThroughRpcFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}

export interface StageHandlerOptions {
  /** Deliver messages in arrays of up to the server's batch size (the indexer writes them in bulk). */
  batch?: boolean;
}

/**
 * Marks a controller method as the handler of a topic for KafkaStageServer. A per-message handler receives
 * one IncomingMessage and returns a StageResult; a batch handler receives IncomingMessage[].
 */
export function StageHandler(topic: string, options: StageHandlerOptions = {}): MethodDecorator {
  return applyDecorators(EventPattern<string>(topic, { batch: options.batch === true }), UseFilters(new PassThroughRpcFilter()));
}
