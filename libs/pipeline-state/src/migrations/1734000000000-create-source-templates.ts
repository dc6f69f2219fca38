import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateSourceTemplates1734000000000 implements MigrationInterface {
  name = 'CreateSourceTemplates1734000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'source_templates',
        columns: [
          { name: 'source', type: 'varchar', length: '200', isPrimary: true },
          { name: 'template', type: 'text' },
          { name: 'documents', type: 'integer' },
          { name: 'updated_at', type: 'varchar', length: '40' },
        ],
      }),
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('source_templates');
  }
}
