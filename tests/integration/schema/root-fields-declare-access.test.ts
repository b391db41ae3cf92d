import { getMetadataStorage } from 'type-graphql';
import { isPublicField } from '../../../api/src/context/auth-checker';
import { buildApiSchema } from '../../../api/src/schema';

describe('every root field declares who may call it', () => {
  it('is @Authorized or @Public, so nothing is open by omission', async () => {
    await buildApiSchema();
    const storage = getMetadataStorage();
    const rootFields = [...storage.queries, ...storage.mutations, ...storage.subscriptions];
    const undeclared = rootFields
      .filter((field) => {
        const className = field.target.name;
        const authorized = storage.authorizedFields.some((a) => a.target === field.target && a.fieldName === field.methodName);
        return !authorized && !isPublicField(className, field.methodName);
      })
      .map((field) => `${field.target.name}.${field.methodName}`);
    expect(undeclared).toEqual([]);
  });

  it('keeps the list of public operations short and reviewed', async () => {
    await buildApiSchema();
    const storage = getMetadataStorage();
    const publicFields = [
      ...new Set([...storage.queries, ...storage.mutations].filter((f) => isPublicField(f.target.name, f.methodName)).map((f) => f.schemaName)),
    ].sort();
    expect(publicFields).toMatchSnapshot();
  });
});
