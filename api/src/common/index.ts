/**
 * Shared plumbing below everything else: errors, ids, pagination, loaders, the input guard, the
 * log, start-up errors and the client-data declaration.
 */
// Pagination declares GraphQL types: the metadata polyfill type-graphql needs comes first, for
// whoever loads this layer on its own (the test set-up starts PostgreSQL through db/).
import 'reflect-metadata';
// The public surface: what the rest of the API may import from this layer.
export { CLIENT_DATA_EXTENSION, NoClientData, type ClientDataExtension } from './client-data-declaration';
export { formatError, isDatabaseUnavailable } from './error-format';
export { BrugError, badInput, conflict, forbidden, notFound, tooManyRequests, unauthenticated, type ErrorCode } from './errors';
export { enumValue, enumValues } from './enum-value';
export { isUuid } from './ids';
export { repeatEvery } from './repeat';
export { guardInput } from './input-guard';
export { byKeyLoader, groupLoader } from './loaders';
export { jsonLog, type Log } from './logger';
export { Connection, type Page, PageArgs, PageInfo, checkPageSize, cursorCodec, emptyPage, encodeCursor, textIdCursor, toPage } from './pagination';
export { StartupError, describeStartupFailure } from './startup-error';
