// Texts of the app shell and navigation (namespace "app").
export const nl = {
  skipToContent: 'Naar de inhoud',
  menu: 'Menu',
  mainNavigation: 'Hoofdnavigatie',
  language: 'Taal',
  actingFor: 'Je werkt voor',
  signOut: 'Afmelden',
  signedInAs: 'Aangemeld als {{name}}',
  nav: {
    serviceMap: 'Hulpaanbod',
    myOrganisation: 'Mijn organisatie',
    organisations: 'Organisaties',
    staleListings: 'Te bevestigen',
  },
};

export const fr: typeof nl = {
  skipToContent: 'Aller au contenu',
  menu: 'Menu',
  mainNavigation: 'Navigation principale',
  language: 'Langue',
  actingFor: 'Vous travaillez pour',
  signOut: 'Se déconnecter',
  signedInAs: 'Connecté·e en tant que {{name}}',
  nav: {
    serviceMap: 'Offre de services',
    myOrganisation: 'Mon organisation',
    organisations: 'Organisations',
    staleListings: 'À confirmer',
  },
};

export const en: typeof nl = {
  skipToContent: 'Skip to content',
  menu: 'Menu',
  mainNavigation: 'Main navigation',
  language: 'Language',
  actingFor: 'Acting for',
  signOut: 'Sign out',
  signedInAs: 'Signed in as {{name}}',
  nav: {
    serviceMap: 'Service map',
    myOrganisation: 'My organisation',
    organisations: 'Organisations',
    staleListings: 'To confirm',
  },
};
