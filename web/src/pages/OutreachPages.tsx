import { OutreachListsPage as Lists } from '../modules/outreach/OutreachListsPage';
import { OutreachLogPage as Log } from '../modules/outreach/OutreachLogPage';
import { OutreachSessionPage as Session } from '../modules/outreach/OutreachSessionPage';
import { OutreachSessionsPage as Sessions } from '../modules/outreach/OutreachSessionsPage';

/** /outreach: the organisation's sessions, as a list and a month. */
export const OutreachSessionsPage = () => <Sessions />;
/** /outreach/new: log a session, also without a connection. */
export const OutreachLogPage = () => <Log />;
/** /outreach/lists (admins): places and materials. */
export const OutreachListsPage = () => <Lists />;
/** /outreach/:id */
export const OutreachSessionPage = () => <Session />;
