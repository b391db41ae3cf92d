import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { LifeDomain } from '../modules/clients';
import {
  OutreachMaterialKind,
  OutreachPlace,
  OutreachSession,
  OutreachSessionMaterial,
  OutreachSessionReferral,
  HarmReductionTheme as H,
  OutreachPlaceKind as K,
  type OutreachTopic,
} from '../modules/outreach';
import { ServiceCategory as C } from '../modules/service-map';

const DAY = 86_400_000;

interface DemoOutreach {
  organisation: string;
  worker: string;
  places: { name: string; kind: K; region: string; archived?: boolean }[];
  materials: string[];
  /** Days ago, evening start hour (local), hours, place index, contacts, new, languages, topics, materials [index, count], referrals, signals. */
  sessions: {
    daysAgo: number;
    hour: number;
    hours: number;
    place: number;
    contacts: number;
    fresh: number;
    peers?: number;
    experts?: number;
    languages: string[];
    topics: OutreachTopic[];
    materials: [number, number][];
    referrals?: [C, number][];
    signals?: string;
  }[];
}

/** Alias (Brussels: street work twice a week, online permanence) and Boysproject (Antwerp). Fictional venues. */
const DEMO_OUTREACH: DemoOutreach[] = [
  {
    organisation: 'Alias',
    worker: 'jules@alias.test',
    places: [
      { name: 'Zone Gare du Midi', kind: K.ZONE, region: 'BE-BRU' },
      { name: 'Bar L’Exemple (fictif)', kind: K.VENUE, region: 'BE-BRU' },
      { name: 'Sites d’annonces (permanence internet)', kind: K.ONLINE, region: 'BE-BRU' },
      { name: 'Ancienne zone Bourse', kind: K.ZONE, region: 'BE-BRU', archived: true },
    ],
    materials: ['Préservatifs', 'Lubrifiant', 'Flyers Alias', 'Kits d’injection'],
    sessions: [
      {
        daysAgo: 2,
        hour: 21,
        hours: 3,
        place: 0,
        contacts: 14,
        fresh: 3,
        languages: ['fr', 'ar', 'ro'],
        topics: [H.SAFER_SEX, H.STI_HIV_TESTING, LifeDomain.HOUSING],
        materials: [
          [0, 120],
          [1, 40],
          [2, 15],
        ],
        referrals: [
          [C.STI_HIV_TESTING, 2],
          [C.HOUSING_SHELTER, 1],
        ],
        signals: 'Nouveau lieu de rencontre signalé derrière la gare, côté rue de France.',
      },
      {
        daysAgo: 5,
        hour: 22,
        hours: 2,
        place: 1,
        contacts: 9,
        fresh: 1,
        languages: ['fr', 'nl'],
        topics: [H.CHEMSEX, H.SAFER_DRUG_USE, LifeDomain.HEALTH],
        materials: [
          [0, 60],
          [3, 6],
        ],
        referrals: [[C.ADDICTION_CARE, 1]],
      },
      {
        daysAgo: 7,
        hour: 14,
        hours: 2,
        place: 2,
        contacts: 21,
        fresh: 6,
        languages: ['fr', 'en', 'es'],
        topics: [H.WORKING_SAFELY, H.PREP_PEP, LifeDomain.LEGAL_STATUS],
        materials: [],
        referrals: [
          [C.PREP_PEP, 3],
          [C.LEGAL_AID, 1],
        ],
      },
      {
        daysAgo: 9,
        hour: 21,
        hours: 3,
        place: 0,
        contacts: 11,
        fresh: 2,
        peers: 1,
        languages: ['fr', 'ar'],
        topics: [H.SAFER_SEX, LifeDomain.SAFETY],
        materials: [
          [0, 90],
          [1, 30],
          [2, 10],
        ],
        signals: 'Deux jeunes disent être contrôlés par un « manager » qui garde leurs papiers.',
      },
    ],
  },
  {
    organisation: 'Boysproject',
    worker: 'sam@boysproject.test',
    places: [
      { name: 'Tippelzone Centraal Station', kind: K.ZONE, region: 'BE-VAN' },
      { name: 'Sauna De Voorbeeld (fictief)', kind: K.VENUE, region: 'BE-VAN' },
      { name: 'Privéhuis Kiel (fictief)', kind: K.PRIVATE_HOUSE, region: 'BE-VAN' },
      { name: 'Datingapps en escortsites', kind: K.ONLINE, region: 'BE-VAN' },
    ],
    materials: ['Condooms', 'Glijmiddel', 'Folders Boysproject', 'Spuitenkits'],
    sessions: [
      {
        daysAgo: 1,
        hour: 20,
        hours: 3,
        place: 0,
        contacts: 12,
        fresh: 2,
        experts: 1,
        languages: ['nl', 'ro', 'bg'],
        topics: [H.SAFER_SEX, LifeDomain.INCOME_AND_DEBTS],
        materials: [
          [0, 100],
          [1, 40],
          [2, 12],
        ],
        referrals: [[C.SOCIAL_SERVICES, 1]],
      },
      {
        daysAgo: 4,
        hour: 22,
        hours: 2,
        place: 1,
        contacts: 8,
        fresh: 1,
        languages: ['nl', 'en'],
        topics: [H.CHEMSEX, H.STI_HIV_TESTING],
        materials: [
          [0, 50],
          [1, 20],
        ],
        referrals: [[C.STI_HIV_TESTING, 2]],
      },
      {
        daysAgo: 6,
        hour: 15,
        hours: 2,
        place: 3,
        contacts: 25,
        fresh: 7,
        languages: ['nl', 'en', 'pt'],
        topics: [H.PREP_PEP, H.WORKING_SAFELY, LifeDomain.SELF_ESTEEM_AND_SOCIAL_ACCEPTANCE],
        materials: [],
        referrals: [
          [C.PREP_PEP, 2],
          [C.LGBTQIA_SUPPORT, 1],
        ],
      },
      {
        daysAgo: 11,
        hour: 19,
        hours: 2,
        place: 2,
        contacts: 5,
        fresh: 2,
        languages: ['nl', 'hu'],
        topics: [LifeDomain.SAFETY, H.RIGHTS_AND_POLICE],
        materials: [
          [0, 30],
          [2, 5],
        ],
        signals: 'Uitbater neemt een deel van de verdiensten af; jongens wonen boven het privéhuis.',
      },
    ],
  },
];

/** The demo's outreach lists and a few sessions of Alias and Boysproject, relative to the moment of loading. */
export async function loadDemoOutreach(em: EntityManager, now = new Date()): Promise<void> {
  for (const demo of DEMO_OUTREACH) {
    const [org] = await em.query<({ id: string } | undefined)[]>(`SELECT id FROM organisations WHERE name = $1`, [demo.organisation]);
    const [worker] = await em.query<({ id: string } | undefined)[]>(`SELECT id FROM users WHERE email = $1`, [demo.worker]);
    if (!org || !worker) continue;
    const places = await em.save(demo.places.map((p) => em.create(OutreachPlace, { ...p, organisationId: org.id, archived: p.archived ?? false })));
    const kinds = await em.save(demo.materials.map((name) => em.create(OutreachMaterialKind, { name, organisationId: org.id })));
    for (const s of demo.sessions) {
      const day = new Date(now.getTime() - s.daysAgo * DAY);
      day.setUTCHours(s.hour - 1, 0, 0, 0);
      const id = randomUUID();
      await em.insert(OutreachSession, {
        id,
        organisationId: org.id,
        placeId: places[s.place].id,
        startsAt: day,
        endsAt: new Date(day.getTime() + s.hours * 3_600_000),
        colleagueUserIds: [worker.id],
        peerWorkers: s.peers ?? 0,
        experienceExperts: s.experts ?? 0,
        contactsTotal: s.contacts,
        contactsNew: s.fresh,
        languages: s.languages,
        topics: s.topics,
        signals: s.signals ?? null,
        createdByUserId: worker.id,
        updatedByUserId: worker.id,
        createdAt: day,
        updatedAt: day,
        version: 1,
      });
      if (s.materials.length)
        await em.insert(
          OutreachSessionMaterial,
          s.materials.map(([k, count]) => ({ sessionId: id, materialKindId: kinds[k].id, count })),
        );
      if (s.referrals?.length)
        await em.insert(
          OutreachSessionReferral,
          s.referrals.map(([category, count]) => ({ sessionId: id, category, count })),
        );
    }
  }
}
