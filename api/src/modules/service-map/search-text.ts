/**
 * Free-text search over the service map. Text is folded (lower case, accents dropped) the same
 * way in JavaScript and in SQL (`brug_fold`, created by a migration), and a word that names a
 * place in another language also finds the place under its other names: "Antwerp" finds
 * Antwerpen, "Bruxelles" finds Brussel, "Den Bosch" finds 's-Hertogenbosch.
 */

/** Lower case without accents: "Liège" -> "liege". Mirrors `brug_fold` in SQL. */
export function fold(text: string): string {
  // ø, ł and ı have no decomposition; brug_fold maps them too.
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[øØ]/g, 'o').replace(/[łŁ]/g, 'l').replace(/ı/g, 'i').toLowerCase();
}

/**
 * Names of the main places (nl / fr / en / local) and of regions, with the ISO 3166-2 code a
 * service area or location carries. Any name of a group finds every other name of it.
 */
const PLACE_NAMES: readonly (readonly string[])[] = [
  ['antwerpen', 'antwerp', 'anvers', 'amberes', 'be-van'],
  ['brussel', 'bruxelles', 'brussels', 'bruselas', 'brussel-hoofdstad', 'be-bru'],
  ['gent', 'ghent', 'gand'],
  ['brugge', 'bruges'],
  ['leuven', 'louvain'],
  ['mechelen', 'malines'],
  ['kortrijk', 'courtrai'],
  ['luik', 'liege', 'be-wlg'],
  ['bergen', 'mons'],
  ['namen', 'namur', 'be-wna'],
  ['hasselt', 'be-vli'],
  ['charleroi', 'be-wht', 'henegouwen', 'hainaut'],
  ['oost-vlaanderen', 'east flanders', 'flandre-orientale', 'be-vov'],
  ['west-vlaanderen', 'west flanders', 'flandre-occidentale', 'be-vwv'],
  ['vlaams-brabant', 'flemish brabant', 'brabant flamand', 'be-vbr'],
  ['waals-brabant', 'walloon brabant', 'brabant wallon', 'be-wbr'],
  ['arlon', 'aarlen', 'be-wlx'],
  ['belgie', 'belgium', 'belgique', 'belgien'],
  ['nederland', 'netherlands', 'pays-bas', 'holland'],
  ["'s-hertogenbosch", 's-hertogenbosch', 'den bosch', 'bois-le-duc'],
  ['den haag', "'s-gravenhage", 'the hague', 'la haye'],
  ['gelderland', 'gueldre', 'nl-ge'],
  ['noord-brabant', 'north brabant', 'brabant-septentrional', 'nl-nb'],
  ['noord-holland', 'north holland', 'hollande-septentrionale', 'nl-nh'],
  ['zuid-holland', 'south holland', 'hollande-meridionale', 'nl-zh'],
  ['utrecht', 'nl-ut'],
  ['maastricht', 'maestricht', 'nl-li'],
  ['overijssel', 'nl-ov'],
  ['groningen', 'groningue', 'nl-gr'],
  ['friesland', 'frise', 'nl-fr'],
  ['drenthe', 'nl-dr'],
  ['flevoland', 'nl-fl'],
  ['zeeland', 'zelande', 'nl-ze'],
].map((group) => group.map(fold));

export interface TextTerm {
  /** Any of these (folded) strings in the service's searchable text satisfies the term. */
  anyOf: string[];
}

/**
 * Splits a query into terms that must all match. Place names (also of several words, such as
 * "den bosch") become one term that matches any of their names; other words match as parts of
 * words ("antw" finds Antwerpen).
 */
export function textTerms(query: string): TextTerm[] {
  let rest = ` ${fold(query).replace(/\s+/g, ' ').trim()} `;
  const terms: TextTerm[] = [];
  // Longest names first, so "den bosch" is taken before a shorter name inside it could be.
  const names = PLACE_NAMES.flatMap((group) => group.map((name) => ({ name, group }))).sort((a, b) => b.name.length - a.name.length);
  for (const { name, group } of names) {
    const needle = ` ${name} `;
    if (rest.includes(needle)) {
      rest = rest.split(needle).join(' ');
      terms.push({ anyOf: [...group] });
    }
  }
  for (const word of rest.split(' ')) {
    if (word) terms.push({ anyOf: [word] });
  }
  return terms;
}

/** Escapes LIKE wildcards so a user's `%` or `_` is matched literally. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
