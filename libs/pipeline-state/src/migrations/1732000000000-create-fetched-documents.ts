import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Written with the schema builder rather than SQL so it runs unchanged on SQLite and PostgreSQL. */
export class CreateFetchedDocuments1732000000000 implements MigrationInterface {
  name = 'CreateFetchedDocuments1732000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'fetched_documents',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'source', type: 'varchar', length: '200' },
          { name: 'location', type: 'varchar', length: '4096' },
          { name: 'content_hash', type: 'varchar', length: '64' },
          { name: 'etag', type: 'varchar', length: '512', isNullable: true },
          { name: 'last_modified', type: 'varchar', length: '64', isNullable: true },
          { name: 'fetched_at', type: 'varchar', length: '40' },
          { name: 'last_status', type: 'varchar', length: '40' },
          { name: 'version', type: 'integer', default: 1 },
        ],
      }),
      true,
    );
    await queryRunner.createIndex('fetched_documents', new TableIndex({ name: 'idx_fetched_documents_source', columnNames: ['source'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('fetched_documents');
  }
}
