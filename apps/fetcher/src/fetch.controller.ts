import { Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { FetchScheduler } from './fetch-scheduler.js';

/** On-demand passes for operators and the CLI, and the outcome of the last one. */
@Controller('fetch')
export class FetchController {
  constructor(@Inject(FetchScheduler) private readonly scheduler: FetchScheduler) {}

  @Post('run')
  @HttpCode(200)
  run() {
    return this.scheduler.runOnce();
  }

  @Get('last')
  last() {
    return this.scheduler.lastRun ?? null;
  }
}
