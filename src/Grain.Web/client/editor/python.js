// Python in the editor: PEP 8's four-space indent (Tab and Enter indent by four spaces).
import { python } from '@codemirror/lang-python';
import { indentUnit } from '@codemirror/language';

export const language = () => [python(), indentUnit.of('    ')];
