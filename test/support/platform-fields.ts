import { resourceModels, type ResourceModel } from '../../src-main/api-model/index.ts';
import { assumedSchema, bindResource, type ResourceBinding, type SchemaField } from '../../src-main/schema/index.ts';

/** A platform field as its documentation would declare it: a readable, nullable, read-only string unless told. */
export const field = (name: string, facts: Partial<SchemaField> = {}): SchemaField => ({
  name,
  type: 'string',
  format: null,
  enum: null,
  nullable: true,
  readable: true,
  writable: false,
  creatable: false,
  required: false,
  maxLength: null,
  relation: null,
  itemType: null,
  description: null,
  origin: 'documented',
  ...facts,
});

/** A resource bound to a platform that documents exactly these fields. */
export const documented = (model: ResourceModel, fields: readonly SchemaField[]): ResourceBinding =>
  bindResource(model, { ...assumedSchema(model), origin: 'documented', fields });

/** api-model's own fields, as a platform that documents them under our names would. */
export const ourFieldsDocumented = (model: ResourceModel): SchemaField[] =>
  assumedSchema(model).fields.map((assumed) => ({ ...assumed, origin: 'documented' as const }));

/**
 * A binding lookup for a platform that documents the given collections as listed and leaves every other one to
 * api-model's assumptions.
 */
export const platformDocumenting =
  (documents: Readonly<Record<string, readonly SchemaField[]>>) =>
  (path: string): ResourceBinding => {
    const model = resourceModels.find((candidate) => candidate.path === path);
    if (!model) throw new Error(`api-model does not describe ${path}`);
    const fields = documents[path];
    return fields ? documented(model, fields) : bindResource(model, assumedSchema(model));
  };
