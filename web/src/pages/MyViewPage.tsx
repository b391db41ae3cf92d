import { MyViewPage as MyView } from '../modules/client-view/MyViewPage';

/** /my-view: the client's own view, opened with a one-time code from their worker (no account). */
export const MyViewPage = () => <MyView />;
