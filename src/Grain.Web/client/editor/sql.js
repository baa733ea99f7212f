// SQL in the editor (SQLite dialect keywords), two-space indent.
import { sql, SQLite } from '@codemirror/lang-sql';
import { indentUnit } from '@codemirror/language';

export const language = () => [sql({ dialect: SQLite }), indentUnit.of('  ')];
