// Documents attached to a client (namespace "documents").
export const nl = {
  tab: 'Documenten',
  title: 'Documenten',
  intro:
    'Een getekend toestemmingsformulier, een brief, een kopie van een identiteitsbewijs. Elk document hoort bij één onderdeel van het dossier: wie dat onderdeel mag zien, mag het document openen. Documenten worden versleuteld bewaard.',
  none: 'Nog geen documenten die je mag zien.',
  open: '{{title}} openen',
  meta: '{{kind}} · {{section}} · {{size}} · {{date}}, door {{name}}',
  add: 'Document toevoegen',
  file: 'Bestand',
  fileHint: 'PDF, PNG of JPEG, tot 5 MB. Het soort bestand wordt aan de inhoud herkend.',
  section: 'Bij welk onderdeel hoort het?',
  kind: 'Wat is het?',
  docTitle: 'Korte omschrijving',
  save: 'Toevoegen',
  saving: 'Bezig…',
  added: '{{title}} toegevoegd.',
  failed: 'Het document is niet toegevoegd.',
  kinds: { SIGNED_CONSENT_FORM: 'Getekend toestemmingsformulier', LETTER: 'Brief', ID_COPY: 'Kopie identiteitsbewijs', OTHER: 'Ander document' },
};

export const fr: typeof nl = {
  tab: 'Documents',
  title: 'Documents',
  intro:
    'Un formulaire de consentement signé, une lettre, une copie de pièce d’identité. Chaque document appartient à une partie du dossier : qui peut voir cette partie peut ouvrir le document. Les documents sont conservés chiffrés.',
  none: 'Aucun document que vous pouvez voir.',
  open: 'Ouvrir {{title}}',
  meta: '{{kind}} · {{section}} · {{size}} · {{date}}, par {{name}}',
  add: 'Ajouter un document',
  file: 'Fichier',
  fileHint: 'PDF, PNG ou JPEG, jusqu’à 5 Mo. Le type est reconnu à son contenu.',
  section: 'À quelle partie appartient-il ?',
  kind: 'Qu’est-ce que c’est ?',
  docTitle: 'Courte description',
  save: 'Ajouter',
  saving: 'Un instant…',
  added: '{{title}} ajouté.',
  failed: 'Le document n’a pas été ajouté.',
  kinds: { SIGNED_CONSENT_FORM: 'Formulaire de consentement signé', LETTER: 'Lettre', ID_COPY: 'Copie de pièce d’identité', OTHER: 'Autre document' },
};

export const en: typeof nl = {
  tab: 'Documents',
  title: 'Documents',
  intro:
    'A signed consent form, a letter, a copy of an ID. Each document belongs to one section of the record: whoever may see that section may open the document. Documents are stored encrypted.',
  none: 'No documents you may see yet.',
  open: 'Open {{title}}',
  meta: '{{kind}} · {{section}} · {{size}} · {{date}}, by {{name}}',
  add: 'Add a document',
  file: 'File',
  fileHint: 'PDF, PNG or JPEG, up to 5 MB. The kind of file is recognised by its content.',
  section: 'Which section does it belong to?',
  kind: 'What is it?',
  docTitle: 'Short description',
  save: 'Add',
  saving: 'One moment…',
  added: '{{title}} added.',
  failed: 'The document was not added.',
  kinds: { SIGNED_CONSENT_FORM: 'Signed consent form', LETTER: 'Letter', ID_COPY: 'Copy of an ID', OTHER: 'Other document' },
};
