import { useParams } from 'react-router-dom';
import { AuditPrintPage as AuditPrint } from '../modules/clients/AuditPrintPage';
import { ExportPrintPage as ExportPrint } from '../modules/privacy/ExportPrintPage';

/** /clients/:id/audit/print: "who saw my data" on paper, without the app shell. */
export function AuditPrintPage() {
  const { id = '' } = useParams();
  return <AuditPrint clientId={id} />;
}

/** /clients/:id/export/print: the access request's export on paper, without the app shell. */
export function ExportPrintPage() {
  const { id = '' } = useParams();
  return <ExportPrint clientId={id} />;
}
