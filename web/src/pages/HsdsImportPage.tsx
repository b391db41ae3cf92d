import { HsdsImportPage as HsdsImport } from '../modules/exchange/HsdsImportPage';

/** /exchange/import (coordinators): import the service map from an HSDS file. */
export const HsdsImportPage = () => <HsdsImport />;
