import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Web sources: the scheduler's view of each source and the state of every listed URL (portable types only). */
export class CreateCrawlSourcesAndUrls1733000000000 implements MigrationInterface {
  name = 'CreateCrawlSourcesAndUrls1733000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'crawl_sources',
        columns: [
          { name: 'name', type: 'varchar', length: '200', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '20' },
          { name: 'last_started_at', type: 'varchar', length: '40', isNullable: true },
          { name: 'last_finished_at', type: 'varchar', length: '40', isNullable: true },
          { name: 'last_status', type: 'varchar', length: '40', isNullable: true },
          { name: 'last_error', type: 'varchar', length: '1000', isNullable: true },
          { name: 'next_due_at', type: 'varchar', length: '40', isNullable: true },
          { name: 'backfilled_at', type: 'varchar', length: '40', isNullable: true },
          { name: 'runs', type: 'integer', default: 0 },
        ],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: 'crawl_urls',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'source', type: 'varchar', length: '200' },
          { name: 'url', type: 'varchar', length: '4096' },
          { name: 'last_status', type: 'varchar', length: '40' },
          { name: 'http_status', type: 'integer', isNullable: true },
          { name: 'listed_date', type: 'varchar', length: '40', isNullable: true },
          { name: 'checked_at', type: 'varchar', length: '40' },
          { name: 'error', type: 'varchar', length: '1000', isNullable: true },
          { name: 'failures', type: 'integer', default: 0 },
        ],
      }),
      true,
    );
    await queryRunner.createIndex('crawl_urls', new TableIndex({ name: 'idx_crawl_urls_source', columnNames: ['source'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('crawl_urls');
    await queryRunner.dropTable('crawl_sources');
  }
}
