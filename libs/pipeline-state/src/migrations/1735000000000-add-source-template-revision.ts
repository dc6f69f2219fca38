import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** A revision per source template, so that a cleaner writes only over the version it loaded (compare-and-set). */
export class AddSourceTemplateRevision1735000000000 implements MigrationInterface {
  name = 'AddSourceTemplateRevision1735000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('source_templates', new TableColumn({ name: 'revision', type: 'integer', default: 0 }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('source_templates', 'revision');
  }
}
