// The schema/ folder's files, by name: one JSON Schema per shared file format and version.
import { fileJsonSchemas } from '../shared/model/files';
import { FRAMEWORK_SCHEMA_VERSION } from '../shared/model/framework';
import { PLAN_SCHEMA_VERSION } from '../shared/model/plan';

export function schemaFiles(): Record<string, string> {
  const schemas = fileJsonSchemas();
  return {
    [`plan.v${PLAN_SCHEMA_VERSION}.schema.json`]: `${JSON.stringify(schemas.plan, null, 2)}\n`,
    [`framework.v${FRAMEWORK_SCHEMA_VERSION}.schema.json`]: `${JSON.stringify(schemas.framework, null, 2)}\n`,
  };
}
