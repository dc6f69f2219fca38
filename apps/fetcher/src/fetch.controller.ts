import { BadRequestException, Controller, Get, HttpCode, Inject, NotFoundException, Post, Query, UseGuards } from '@nestjs/common';
import { ControlTokenGuard } from '@presswatch/service-runtime';
import { z } from 'zod';
import { FetchScheduler } from './fetch-scheduler.js';

const runQuery = z.object({ source: z.string().min(1).max(200).optional(), mode: z.enum(['backfill', 'incremental']).optional() });

/** On-demand runs for operators and the CLI, and the outcome of the last run of each source. */
@Controller('fetch')
export class FetchController {
  constructor(@Inject(FetchScheduler) private readonly scheduler: FetchScheduler) {}

  /** `POST /fetch/run[?source=NAME][&mode=backfill|incremental]`: runs and answers with each run's outcome (bearer token). */
  @Post('run')
  @UseGuards(ControlTokenGuard)
  @HttpCode(200)
  async run(@Query() query: unknown) {
    const parsed = runQuery.safeParse(query);
    if (!parsed.success)
      throw new BadRequestException(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
    if (parsed.data.source !== undefined && !this.scheduler.sourceNames().includes(parsed.data.source))
      throw new NotFoundException(`no source named ${parsed.data.source}`);
    return { runs: await this.scheduler.runNow(parsed.data.source, parsed.data.mode) };
  }

  @Get('last')
  last() {
    return { runs: [...this.scheduler.lastRuns.values()] };
  }
}
