import { ApolloProvider } from '@apollo/client/react';
import { StrictMode, useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { SessionProvider } from '../modules/identity/session';
import { createApolloClient } from './apollo';
import './i18n';
import { routes } from './routes';
import '../ui/theme.css';

const router = createBrowserRouter(routes);

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <StrictMode>
      <ApolloProvider client={client}>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </ApolloProvider>
    </StrictMode>
  );
}
