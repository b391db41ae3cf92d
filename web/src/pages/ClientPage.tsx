import { useParams } from 'react-router-dom';
import { clientPage } from '../app/client-page';
import { ClientPage as ClientPageView } from '../modules/clients/ClientPage';

/** /clients/:id/*: the client's header, banners and tabs (the tabs are nested routes of this page). */
export function ClientPage() {
  const { id = '' } = useParams();
  return <ClientPageView id={id} slots={clientPage} />;
}
