// Usage metering (issue #24): the usage API and the sandbox quota tally an account's request log over a time
// range. request_logs_list is (account_id, id), which serves neither a created_at range nor the grouping; this
// index does, and holds every column the counts read, so they never touch the rows (several KB of bodies each).
import type { Kysely, Migration } from 'kysely';

export function usageIndexMigration(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createIndex('request_logs_usage')
        .on('request_logs')
        .columns(['account_id', 'created_at', 'operation', 'status', 'replayed'])
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('request_logs_usage').execute();
    },
  };
}
