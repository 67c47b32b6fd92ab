#!/usr/bin/env node
// Generate data-samples/dialogue: a FICTIONAL Track II dialogue roster.
//
// Two fictional states, Aldoria and Veskar, meet in the "Riverside Dialogue", a series of
// problem-solving workshops on the disputed Tessa valley, run by a fictional Nordic-style NGO.
// Every name is invented from syllable lists; no real person is described.
//
// The roster has deliberate biases for the analysis to find (dovish, liberal/constructivist,
// male, asymmetric access, a Veskar cluster that reaches officials only through two brokers,
// a few isolated people). They are listed, with the ids involved, in the README this script
// writes.
//
// Usage: node scripts/samples/generate-dialogue.mjs [--seed N] [--out DIR]
// No dependencies; the output depends only on the seed.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_SEED = 20210316;
const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..', '..');
const DEFAULT_OUT = join(REPO, 'data-samples', 'dialogue');

// ---------------------------------------------------------------------------------------------
// Arguments and random numbers

function parseArgs(argv) {
  const args = { seed: DEFAULT_SEED, out: DEFAULT_OUT };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--seed') args.seed = Number(argv[++i]);
    else if (a === '--out') args.out = resolve(argv[++i]);
    else if (a === '--help' || a === '-h') {
      console.log('usage: node scripts/samples/generate-dialogue.mjs [--seed N] [--out DIR]');
      process.exit(0);
    } else throw new Error(`unknown argument: ${a}`);
  }
  if (!Number.isInteger(args.seed)) throw new Error('--seed must be an integer');
  return args;
}

/** mulberry32: a small, fast, seedable 32-bit PRNG returning floats in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRandom(seed) {
  const next = mulberry32(seed);
  const r = {
    next,
    float: (lo, hi) => lo + (hi - lo) * next(),
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    weighted: (pairs) => {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [v, w] of pairs) {
        x -= w;
        if (x < 0) return v;
      }
      return pairs[pairs.length - 1][0];
    },
    shuffle: (arr) => {
      const a = arr.slice();
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [a[i], a[j]] = [a[j], a[i]];
      }
      return a;
    },
  };
  r.sample = (arr, k) => r.shuffle(arr).slice(0, Math.max(0, Math.min(k, arr.length)));
  return r;
}

// ---------------------------------------------------------------------------------------------
// Invented names

const NAME_PARTS = {
  Aldoria: {
    givenStem: [
      'Aur',
      'Bel',
      'Cel',
      'Dar',
      'Emil',
      'Fel',
      'Gal',
      'Ler',
      'Mar',
      'Orl',
      'Ren',
      'Sev',
      'Tal',
      'Val',
      'Lis',
      'Nor',
    ],
    givenMale: ['ando', 'eo', 'ián', 'ino', 'io', 'ius', 'oro', 'ero'],
    givenFemale: ['a', 'ena', 'ina', 'ia', 'ora', 'essa', 'ela'],
    surnameStem: [
      'Avel',
      'Brav',
      'Cadr',
      'Dor',
      'Esc',
      'Font',
      'Garr',
      'Lorv',
      'Mend',
      'Perr',
      'Quint',
      'Sarr',
      'Torr',
      'Vald',
      'Zam',
      'Belm',
    ],
    surnameEnd: ['anes', 'avo', 'eira', 'elli', 'ino', 'oria', 'uz', 'ida', 'eño', 'ís', 'aro'],
  },
  Veskar: {
    givenStem: [
      'Bor',
      'Drag',
      'Gor',
      'Kaz',
      'Lev',
      'Mir',
      'Ost',
      'Rad',
      'Stan',
      'Tver',
      'Vel',
      'Yar',
      'Zor',
      'Dob',
      'Svet',
      'Ves',
    ],
    givenMale: ['an', 'ek', 'imir', 'omir', 'oslav', 'ut', 'ko', 'ush'],
    givenFemale: ['a', 'ena', 'ina', 'ica', 'ava', 'eva', 'iya'],
    surnameStem: [
      'Bel',
      'Chor',
      'Drev',
      'Gral',
      'Khov',
      'Lask',
      'Morv',
      'Pesk',
      'Rusk',
      'Strav',
      'Tesk',
      'Vask',
      'Žel',
      'Šav',
      'Čor',
      'Brod',
    ],
    surnameEnd: ['anov', 'enko', 'idze', 'ovar', 'uvek', 'ich', 'arin', 'osh', 'ev'],
  },
};

// Veskari surnames agree with gender, as in many Slavic languages.
const VESKAR_FEMININE = {
  anov: 'anova',
  arin: 'arina',
  ev: 'eva',
  ovar: 'ovara',
};

function makeNamer(rng) {
  const used = new Set();
  function surname(side, gender) {
    const p = NAME_PARTS[side];
    let end = rng.pick(p.surnameEnd);
    if (side === 'Veskar' && gender === 'female' && VESKAR_FEMININE[end]) end = VESKAR_FEMININE[end];
    return rng.pick(p.surnameStem) + end;
  }
  return (side, gender) => {
    const p = NAME_PARTS[side];
    for (let attempt = 0; attempt < 1000; attempt++) {
      const given = rng.pick(p.givenStem) + rng.pick(gender === 'female' ? p.givenFemale : p.givenMale);
      let family = surname(side, gender);
      if (side === 'Aldoria' && rng.chance(0.12)) family = `${family} ${surname(side, gender)}`;
      else if (side === 'Aldoria' && rng.chance(0.08)) family = `de ${family}`;
      else if (side === 'Veskar' && gender === 'female' && rng.chance(0.1))
        family = `${family}-${surname(side, gender)}`;
      const full = `${given} ${family}`;
      if (!used.has(full)) {
        used.add(full);
        return full;
      }
    }
    throw new Error('name space exhausted');
  };
}

// ---------------------------------------------------------------------------------------------
// Fixed vocabulary

const SIDES = {
  Aldoria: {
    prefix: 'ald',
    other: 'Veskari',
    head: 'Prime Minister',
    orgs: {
      exec: 'Office of the Prime Minister',
      nsc: 'National Security Council',
      mfa: 'Ministry of Foreign Affairs',
      mod: 'Ministry of Defence',
      moi: 'Ministry of the Interior',
      parl: 'National Assembly',
    },
    universities: [
      'University of Portavel',
      'Aldorian Institute of International Affairs',
      'Santaval Polytechnic',
      'Centre for Strategic Studies, Portavel',
    ],
    media: ['The Aldorian Courier', 'Radio Lorvela', 'Portavel Evening Post', 'Aldoria Today (TV)'],
    ngos: [
      'Bridges for Peace Aldoria',
      "Aldorian Women's Peace Network",
      'Tessa Valley Water Forum',
      'Open Doors Foundation',
    ],
    religious: ['Archdiocese of Santaval', 'Aldorian Council of Churches'],
    business: ['Aldorian Chamber of Commerce', 'Fontelli Agro Holdings', 'Portavel Shipping Group'],
    t3orgs: ["Tessa Valley Farmers' Cooperative", 'Youth Voices Aldoria'],
    counts: {
      academic: 14,
      diplomat: 8,
      general: 5,
      journalist: 7,
      ngo: 8,
      religious: 3,
      business: 5,
    },
  },
  Veskar: {
    prefix: 'ves',
    other: 'Aldorian',
    head: 'President',
    orgs: {
      exec: 'Presidential Administration',
      nsc: 'Security Council of Veskar',
      mfa: 'Ministry of Foreign Affairs',
      mod: 'Ministry of Defence',
      moi: 'Ministry of Internal Affairs',
      parl: 'Supreme Council',
    },
    universities: [
      'Veskar State University',
      'Institute for Regional Studies, Kaldrin',
      'Drevnik Polytechnic',
      'Veskar Policy Forum',
    ],
    media: ['Kaldrin Herald', 'Vesk24', 'Radio Free Valley', 'Veskar Public Television'],
    ngos: [
      'Open Veskar Foundation',
      'Mothers of the Valley',
      'Youth for Dialogue Veskar',
      'Kaldrin Human Rights Centre',
    ],
    religious: ['Synod of the Veskari Church', 'Kaldrin Council of Elders'],
    business: ['Veskar Energy Group', 'Kaldrin Chamber of Commerce', 'Upper Tessa Hydro'],
    t3orgs: ["Upper Tessa Women's Circle", 'Kaldrin Refugee Association'],
    counts: {
      academic: 12,
      diplomat: 7,
      general: 5,
      journalist: 8,
      ngo: 9,
      religious: 3,
      business: 4,
    },
  },
};

// [post key, title, organisation key, seniority, sector]
const OFFICIAL_POSTS = [
  ['head', '{HEAD}', 'exec', 5, 'government'],
  ['cos', 'Chief of Staff to the {HEAD}', 'exec', 4, 'government'],
  ['nsa', 'National Security Adviser', 'nsc', 4, 'government'],
  ['dnsa', 'Deputy National Security Adviser', 'nsc', 3, 'government'],
  ['fm', 'Minister of Foreign Affairs', 'mfa', 5, 'government'],
  ['dfm1', 'First Deputy Minister of Foreign Affairs', 'mfa', 4, 'government'],
  ['dfm2', 'Deputy Minister of Foreign Affairs', 'mfa', 4, 'government'],
  ['chiefneg', 'Chief Negotiator, Tessa Valley talks', 'mfa', 4, 'government'],
  ['neg', 'Negotiator, Tessa Valley talks', 'mfa', 3, 'government'],
  ['legal', 'Legal Adviser, Tessa Valley talks', 'mfa', 3, 'government'],
  ['dir', 'Director, Department for {OTHER} Affairs', 'mfa', 3, 'government'],
  ['un', 'Permanent Representative to the United Nations', 'mfa', 3, 'government'],
  ['desk', 'Desk Officer, {OTHER} desk', 'mfa', 1, 'government'],
  ['mod', 'Minister of Defence', 'mod', 5, 'government'],
  ['dmod', 'Deputy Minister of Defence', 'mod', 4, 'government'],
  ['cgs', 'Chief of the General Staff', 'mod', 4, 'military'],
  ['dpol', 'Director of Defence Policy', 'mod', 3, 'government'],
  ['moi', 'Minister of the Interior', 'moi', 5, 'government'],
  ['chair', 'Chair, Foreign Affairs Committee', 'parl', 3, 'parliament'],
  ['mpgov', 'Member of Parliament (governing party)', 'parl', 2, 'parliament'],
  ['mpopp', 'Member of Parliament (opposition)', 'parl', 2, 'parliament'],
  ['mpval', 'Member of Parliament for the Tessa Valley', 'parl', 2, 'parliament'],
];

const OFFICIAL_NOTES = [
  '',
  '',
  '',
  '',
  'In post since 2019',
  'Appointed 2020, after the ceasefire',
  'Known to colleagues as "the architect"',
  'Speaks both languages',
  'Described in the press as "cautious, but open to back channels"',
  'Career civil servant, 25 years in government',
  'Led the 2018 "Valley Water" talks, which failed',
  'Former academic, taught at the national university',
  'Rising figure in the governing party',
  'Keeps a low profile; rarely gives interviews',
];

// Track 2 kinds: sector, titles, which officials they reach, and which tie types they use.
const T2_KINDS = {
  academic: {
    sector: 'academia',
    titles: [
      'Professor of International Relations',
      'Senior Fellow',
      'Lecturer in Political Science',
      'Professor of Hydrology',
      'Professor of Law',
      'Research Director',
    ],
    orgs: 'universities',
    poolWeight: 0.8,
    officials: ['nsa', 'dnsa', 'dir', 'chair', 'desk', 'chiefneg', 'legal', 'mpopp', 'mpgov'],
    types: [
      ['advises', 6],
      ['former_colleague', 1],
      ['friend', 2],
      ['briefed', 2],
    ],
    notes: [
      'Author of "Rivers Without Borders", a study of the Tessa valley',
      'Runs a joint research project on water-sharing',
      'Co-edits a journal on regional security, published twice a year',
      'Teaches the "negotiation lab", a course for young diplomats',
    ],
  },
  diplomat: {
    sector: 'diplomacy',
    titles: ['Retired ambassador', 'Retired ambassador', 'Former deputy foreign minister', 'Former consul-general'],
    orgs: 'mfa-retired',
    poolWeight: 0.75,
    officials: ['fm', 'dfm1', 'dfm2', 'chiefneg', 'neg', 'dir', 'un'],
    types: [
      ['former_colleague', 4],
      ['advises', 4],
      ['friend', 1],
    ],
    notes: [
      'Served in Geneva, Vienna and New York',
      'Negotiated the 2014 interim accord, retired 2018',
      'Writes a weekly column, "Letters from the Valley"',
    ],
  },
  general: {
    sector: 'military',
    titles: ['Retired general', 'Retired general', 'Retired colonel', 'Retired rear admiral'],
    orgs: 'mod-retired',
    poolWeight: 0.35,
    officials: ['mod', 'dmod', 'cgs', 'dpol', 'nsa'],
    types: [
      ['former_colleague', 5],
      ['advises', 3],
      ['friend', 1],
    ],
    notes: ['Commanded the valley sector, 2009-2012', 'Sceptical of "soft" confidence-building; attends to listen'],
  },
  journalist: {
    sector: 'media',
    titles: ['Editor', 'Foreign affairs correspondent', 'Columnist', 'Television presenter'],
    orgs: 'media',
    poolWeight: 0.5,
    officials: ['cos', 'mpopp', 'mpgov', 'mpval', 'chair', 'moi'],
    types: [
      ['friend', 3],
      ['briefed', 3],
      ['advises', 1],
      ['family', 1],
    ],
    notes: ['Attends under the Chatham House Rule, does not report', 'Hosts the talk show "Across the River"'],
  },
  ngo: {
    sector: 'NGO',
    titles: ['Executive director', 'Programme director', 'Founder', 'Coordinator'],
    orgs: 'ngos',
    poolWeight: 0.7,
    officials: ['mpval', 'mpopp', 'moi', 'chair', 'desk'],
    types: [
      ['advises', 4],
      ['friend', 2],
      ['briefed', 2],
    ],
    notes: ['Runs cross-border youth exchanges, since 2016', 'Network of "valley mediators", about 40 volunteers'],
  },
  religious: {
    sector: 'religious',
    titles: ['Bishop', 'Senior cleric', 'Abbot'],
    titlesFemale: ['Abbess', 'Senior cleric', 'Lay leader'],
    orgs: 'religious',
    poolWeight: 0.5,
    officials: ['head', 'moi', 'mpval'],
    types: [
      ['advises', 3],
      ['friend', 2],
      ['family', 1],
    ],
    notes: ['Confessor to several ministers, it is said', 'Chaired the 2017 interfaith prayer for peace'],
  },
  business: {
    sector: 'business',
    titles: ['Chief executive', 'Chair of the board', 'Entrepreneur'],
    orgs: 'business',
    poolWeight: 0.3,
    officials: ['head', 'cos', 'mod', 'dmod', 'moi'],
    types: [
      ['friend', 3],
      ['family', 1],
      ['advises', 2],
    ],
    notes: ['Major employer in the valley, 3,000 staff', 'Funds scholarships for students from both sides'],
  },
};

const TYPE_META = {
  advises: {
    directed: true,
    weights: [1.5, 2, 2.5, 3],
    evidence: [
      ['interview', 3],
      ['CV', 1],
      ['press report', 1],
    ],
  },
  briefed: {
    directed: true,
    weights: [1, 1.5, 2],
    evidence: [
      ['interview', 3],
      ['press report', 1],
    ],
  },
  former_colleague: {
    directed: false,
    weights: [1, 1.5, 2],
    evidence: [
      ['CV', 3],
      ['public record', 2],
    ],
  },
  'co-author': {
    directed: false,
    weights: [2, 2.5, 3],
    evidence: [['public record', 1]],
  },
  family: {
    directed: false,
    weights: [3],
    evidence: [
      ['public record', 2],
      ['press report', 1],
    ],
  },
  same_ministry: {
    directed: false,
    weights: [1],
    evidence: [['public record', 1]],
  },
  friend: {
    directed: false,
    weights: [1, 1.5, 2, 2.5],
    evidence: [
      ['interview', 3],
      ['press report', 1],
    ],
  },
};

// Workshops of the Riverside Dialogue and the side events. Dates are fixed, not random.
const WORKSHOPS = [
  ['2021-03-16', 'Oslo'],
  ['2021-09-07', 'Geneva'],
  ['2022-02-22', 'Helsinki'],
  ['2022-08-30', 'Vienna'],
  ['2023-02-14', 'Reykjavík'],
  ['2023-08-22', 'Geneva'],
  ['2024-03-05', 'Stockholm'],
  ['2024-09-10', 'Oslo'],
];
const INITIATIVE = 'Riverside Dialogue';

// ---------------------------------------------------------------------------------------------
// Generation

function generate(seed) {
  const rng = makeRandom(seed);
  const nameOf = makeNamer(rng);
  const people = [];
  const byId = new Map();
  const round2 = (x) => String(Math.round(x * 100) / 100);
  const counters = { ald: 0, ves: 0, fac: 0 };
  const nextId = (prefix) => `${prefix}-${String(++counters[prefix]).padStart(3, '0')}`;

  function addPerson(p) {
    const person = { ideology: '', school: '', seniority: '', notes: '', ...p };
    people.push(person);
    byId.set(person.id, person);
    return person;
  }

  const ideology = (lo, hi, missing = 0) => (rng.chance(missing) ? '' : round2(rng.float(lo, hi)));
  const school = (weights) => rng.weighted(weights);
  const gender = (pMale) => (rng.chance(pMale) ? 'male' : 'female');

  // Officials (Track 1) --------------------------------------------------------------------
  const officials = { Aldoria: {}, Veskar: {} };
  for (const side of ['Aldoria', 'Veskar']) {
    const S = SIDES[side];
    for (const [key, title, org, seniority, sector] of OFFICIAL_POSTS) {
      const g = gender(0.85);
      const t = title.replace('{HEAD}', S.head).replace('{OTHER}', S.other);
      const extra = rng.pick(OFFICIAL_NOTES);
      const p = addPerson({
        id: nextId(S.prefix),
        name: nameOf(side, g),
        track: '1',
        sector,
        organisation: S.orgs[org],
        country: side,
        side,
        ideology: side === 'Aldoria' ? ideology(-0.3, 0.8) : ideology(-0.2, 0.9),
        school: school([
          ['realist', 6],
          ['liberal', 3],
          ['constructivist', 1],
        ]),
        seniority: String(seniority),
        gender: g,
        notes: extra ? `${t}. ${extra}` : t,
        post: key,
        orgKey: org,
      });
      officials[side][key] = p;
    }
  }

  // Track 2, Track 1.5, Track 3 -------------------------------------------------------------
  const t2 = { Aldoria: [], Veskar: [] };
  for (const side of ['Aldoria', 'Veskar']) {
    const S = SIDES[side];
    for (const [kind, n] of Object.entries(S.counts)) {
      const K = T2_KINDS[kind];
      for (let i = 0; i < n; i++) {
        let organisation;
        if (K.orgs === 'mfa-retired') organisation = 'Ministry of Foreign Affairs (retired)';
        else if (K.orgs === 'mod-retired') organisation = 'Ministry of Defence (retired)';
        else organisation = rng.pick(S[K.orgs]);
        const womensOrg = /Women|Mothers/.test(organisation);
        const g = womensOrg ? 'female' : gender(kind === 'general' ? 0.97 : kind === 'ngo' ? 0.62 : 0.82);
        const title = rng.pick(g === 'female' && K.titlesFemale ? K.titlesFemale : K.titles);
        const extra = rng.chance(0.45) ? rng.pick(K.notes) : '';
        const p = addPerson({
          id: nextId(S.prefix),
          name: nameOf(side, g),
          track: '2',
          sector: K.sector,
          organisation,
          country: side,
          side,
          gender: g,
          notes: extra ? `${title}. ${extra}` : title,
          kind,
        });
        t2[side].push(p);
      }
    }
  }

  const t15 = { Aldoria: [], Veskar: [] };
  const t3 = { Aldoria: [], Veskar: [] };
  for (const side of ['Aldoria', 'Veskar']) {
    const S = SIDES[side];
    const t15titles = [
      'Special adviser to the Chief Negotiator, attends in a personal capacity',
      'Former deputy minister, now senior adviser to the Security Council',
    ];
    for (const title of t15titles) {
      const g = gender(0.75);
      t15[side].push(
        addPerson({
          id: nextId(S.prefix),
          name: nameOf(side, g),
          track: '1.5',
          sector: 'government',
          organisation: title.includes('Security') ? S.orgs.nsc : S.orgs.mfa,
          country: side,
          side,
          ideology: ideology(-0.3, 0.4),
          school: school([
            ['realist', 2],
            ['liberal', 3],
            ['constructivist', 1],
          ]),
          seniority: String(rng.int(2, 3)),
          gender: g,
          notes: title,
        }),
      );
    }
    for (const org of S.t3orgs) {
      const g = /Women/.test(org) ? 'female' : gender(0.5);
      t3[side].push(
        addPerson({
          id: nextId(S.prefix),
          name: nameOf(side, g),
          track: '3',
          sector: 'civil society',
          organisation: org,
          country: side,
          side,
          ideology: ideology(-0.9, -0.3, 0.3),
          school: school([
            ['constructivist', 3],
            ['liberal', 1],
            ['', 1],
          ]),
          gender: g,
          notes: rng.pick([
            'Community organiser',
            'Community organiser; "the valley is one village"',
            'Volunteer coordinator, 120 members',
          ]),
        }),
      );
    }
  }

  const facilitators = [
    ['Åsa Norrbacka', 'female', 'Director; has facilitated every round since 2021'],
    ['Eirik Hallsæther', 'male', 'Senior mediator; drafted the "Reykjavík non-paper"'],
    ['Sigrun Tvedalen', 'female', 'Programme officer'],
    ['Mats Kjellbø', 'male', 'Rapporteur, writes the round summaries'],
    ['Henrikke Ørnskaret', 'female', 'Board member, former UN mediation adviser'],
  ].map(([name, g, notes]) =>
    addPerson({
      id: nextId('fac'),
      name,
      track: '2',
      sector: 'NGO',
      organisation: 'Nordvang Centre for Dialogue',
      country: 'Skarvland',
      side: 'Neutral',
      school: 'constructivist',
      gender: g,
      notes,
    }),
  );

  // Roles in the design: pool (workshop participants), core, isolated, cluster, brokers --------
  const pool = {};
  const contacts = {};
  const isolated = [];
  for (const side of ['Aldoria', 'Veskar']) {
    const candidates = rng.shuffle(t2[side]);
    const chosen = [];
    // Weighted sampling without replacement (Efraimidis-Spirakis keys).
    const keyed = candidates.map((p) => [p, rng.next() ** (1 / T2_KINDS[p.kind].poolWeight)]);
    keyed.sort((a, b) => b[1] - a[1]);
    for (const [p] of keyed.slice(0, 30)) chosen.push(p);
    pool[side] = chosen;
    const rest = t2[side].filter((p) => !chosen.includes(p));
    const nIsolated = side === 'Aldoria' ? 2 : 1;
    const iso = rng.sample(rest, nIsolated);
    isolated.push(...iso);
    contacts[side] = rest.filter((p) => !iso.includes(p));
  }
  isolated.push(t3.Aldoria[1]);

  // Veskar brokers: a retired diplomat and an academic (or religious figure) from the pool.
  const vesPool = pool.Veskar;
  const broker1 = vesPool.find((p) => p.kind === 'diplomat') ?? vesPool[0];
  const broker2 = vesPool.find((p) => p !== broker1 && p.kind === 'academic') ?? vesPool.find((p) => p !== broker1);
  const brokers = [broker1, broker2];
  // The cluster: nine Veskari pool members (NGO, media, younger academics) plus one Track 3 person.
  const clusterCandidates = vesPool.filter((p) => !brokers.includes(p));
  clusterCandidates.sort((a, b) => clusterRank(a) - clusterRank(b) || rng.next() - 0.5);
  function clusterRank(p) {
    return {
      ngo: 0,
      journalist: 1,
      academic: 2,
      religious: 3,
      business: 4,
      general: 5,
      diplomat: 6,
    }[p.kind];
  }
  const cluster = [...clusterCandidates.slice(0, 9), t3.Veskar[0]];
  const inCluster = new Set(cluster.map((p) => p.id));

  // Core participants (return most rounds): four per side; Veskar's includes broker1.
  const core = {
    Aldoria: rng.sample(
      pool.Aldoria.filter((p) => ['academic', 'diplomat', 'ngo'].includes(p.kind)),
      4,
    ),
    Veskar: [
      broker1,
      ...rng.sample(
        vesPool.filter((p) => p !== broker1 && !inCluster.has(p.id) && p !== broker2),
        2,
      ),
      cluster[0],
    ],
  };

  // Ideology and school: participants skew dovish and liberal/constructivist; the others
  // (contacts who never attend) are broader, with realists and hawks.
  for (const side of ['Aldoria', 'Veskar']) {
    for (const p of pool[side]) {
      p.ideology = rng.chance(0.04) ? '' : rng.chance(0.9) ? round2(rng.float(-0.9, 0.1)) : round2(rng.float(0.1, 0.6));
      p.school = school([
        ['liberal', 50],
        ['constructivist', 40],
        ['realist', 6],
        ['critical', 4],
      ]);
    }
    for (const p of [...contacts[side], ...isolated.filter((q) => q.side === side && q.track === '2')]) {
      p.ideology = rng.chance(0.05) ? '' : round2(p.kind === 'general' ? rng.float(0.2, 0.95) : rng.float(-0.5, 0.9));
      p.school = school([
        ['realist', 45],
        ['liberal', 35],
        ['constructivist', 20],
      ]);
    }
  }

  // Events ---------------------------------------------------------------------------------
  const events = WORKSHOPS.map(([date, location], i) => ({
    id: `rsd-${String(i + 1).padStart(2, '0')}`,
    name: `Riverside Dialogue, Round ${i + 1}`,
    date,
    initiative: INITIATIVE,
    round: String(i + 1),
    format: 'workshop',
    location,
  }));
  const seminar = {
    id: 'sem-01',
    name: 'Seminar: "Sharing the Tessa", water and security (Chatham House Rule)',
    date: '2022-05-17',
    initiative: INITIATIVE,
    round: '',
    format: 'seminar',
    location: 'Copenhagen',
  };
  const dinner = {
    id: 'din-01',
    name: 'Off-the-record dinner with deputy foreign ministers',
    date: '2022-11-08',
    initiative: INITIATIVE,
    round: '',
    format: 'dinner (Track 1.5)',
    location: 'Vienna',
  };
  const consultation = {
    id: 't15-01',
    name: 'Riverside Dialogue, joint consultation with negotiators',
    date: '2023-11-28',
    initiative: INITIATIVE,
    round: '',
    format: 'Track 1.5 consultation',
    location: 'Geneva',
  };
  events.push(seminar, dinner, consultation);
  events.sort((a, b) => a.date.localeCompare(b.date));

  // Attendance -----------------------------------------------------------------------------
  const attendance = [];
  const attended = new Map(); // person id -> [event]
  function attend(person, event, role) {
    if (attendance.some((a) => a.person === person.id && a.event === event.id)) return;
    attendance.push({ person: person.id, event: event.id, role });
    if (!attended.has(person.id)) attended.set(person.id, []);
    attended.get(person.id).push(event);
  }

  const workshops = events.filter((e) => e.format === 'workshop');
  const queues = {};
  const seen = { Aldoria: [], Veskar: [] };
  for (const side of ['Aldoria', 'Veskar']) {
    queues[side] = rng.shuffle(pool[side].filter((p) => !core[side].includes(p)));
  }
  workshops.forEach((ws, r) => {
    const list = [];
    const returning = new Set();
    const rounds = workshops.length;
    for (const side of ['Aldoria', 'Veskar']) {
      const sideList = [];
      for (const p of core[side]) if (r === 0 || rng.chance(0.85)) sideList.push(p);
      // Newcomers: spread the queue evenly over the remaining rounds.
      const left = rounds - r;
      const nNew = Math.ceil(queues[side].length / left);
      const newcomers = queues[side].splice(0, nNew);
      sideList.push(...newcomers);
      // Returning non-core participants.
      const back = rng.sample(
        seen[side].filter((p) => !sideList.includes(p)),
        rng.int(0, 2),
      );
      for (const p of back) returning.add(p);
      sideList.push(...back);
      seen[side].push(...newcomers);
      list.push(...sideList.map((p) => [p, 'participant']));
    }
    // Track 3 guests in rounds 5 and 6, Track 1.5 observers in rounds 6 to 8.
    if (r === 4 || r === 5) list.push([t3.Aldoria[0], 'participant'], [t3.Veskar[0], 'participant']);
    if (r >= 5) list.push([t15.Aldoria[r % 2], 'observer'], [t15.Veskar[(r + 1) % 2], 'observer']);
    const facs = [facilitators[0], facilitators[1]];
    if (r % 2 === 1) facs.push(facilitators[2]);
    if (r === 7) facs.push(facilitators[3]);
    // Keep workshops at 12-20 people: drop returning participants first, then absent core members.
    while (list.length + facs.length > 20) {
      let idx = list.findLastIndex(([p]) => returning.has(p));
      if (idx < 0) idx = list.findLastIndex(([p]) => core[p.side]?.includes(p) && p !== broker1 && r > 0);
      if (idx < 0) break;
      list.splice(idx, 1);
    }
    // Two speakers per workshop, one per side, open the sessions.
    for (const side of ['Aldoria', 'Veskar']) {
      const cands = list.filter(([p, role]) => p.side === side && role === 'participant');
      const chosen = rng.pick(cands);
      chosen[1] = 'speaker';
    }
    for (const f of facs) attend(f, ws, 'facilitator');
    for (const [p, role] of list) attend(p, ws, role);
  });

  // Seminar: pool members from both sides, three speakers, one facilitator.
  {
    const ald = rng.sample(
      pool.Aldoria.filter((p) => p.kind === 'academic' || p.kind === 'ngo'),
      6,
    );
    const ves = rng.sample(
      pool.Veskar.filter((p) => p.kind === 'academic' || p.kind === 'ngo'),
      5,
    );
    attend(facilitators[2], seminar, 'facilitator');
    attend(facilitators[4], seminar, 'speaker');
    for (const group of [ald, ves]) {
      for (const p of group) attend(p, seminar, p === group[0] ? 'speaker' : 'participant');
    }
  }
  // Off-the-record dinner (Track 1.5): two deputy foreign ministers meet core participants.
  attend(facilitators[0], dinner, 'facilitator');
  for (const side of ['Aldoria', 'Veskar']) {
    attend(officials[side].dfm1, dinner, 'participant');
    for (const p of core[side].slice(0, 3)) attend(p, dinner, 'participant');
  }
  // Joint consultation (Track 1.5): negotiators, directors, Track 1.5 advisers, core participants.
  for (const f of facilitators.slice(0, 3)) attend(f, consultation, 'facilitator');
  for (const side of ['Aldoria', 'Veskar']) {
    for (const key of ['chiefneg', 'dir', 'dnsa']) attend(officials[side][key], consultation, 'participant');
    for (const p of t15[side]) attend(p, consultation, 'participant');
    for (const p of core[side].slice(0, 3)) attend(p, consultation, 'participant');
  }

  // Ties -----------------------------------------------------------------------------------
  const ties = [];
  const tieKeys = new Set();
  const iso = new Set(isolated.map((p) => p.id));
  function dateAfter(iso8601, minDays, maxDays) {
    const d = new Date(`${iso8601}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + rng.int(minDays, maxDays));
    return d.toISOString().slice(0, 10);
  }
  function addTie(a, b, type, opts = {}) {
    if (!a || !b || a.id === b.id) return false;
    if (iso.has(a.id) || iso.has(b.id)) throw new Error(`tie touches isolated person ${a.id}/${b.id}`);
    const meta = TYPE_META[type];
    const key = meta.directed ? `${a.id}>${b.id}>${type}` : `${[a.id, b.id].sort().join('~')}~${type}`;
    if (tieKeys.has(key)) return false;
    // Keep the Veskar cluster sealed: its members tie only to each other and to the brokers.
    const ca = inCluster.has(a.id);
    const cb = inCluster.has(b.id);
    if (ca !== cb && !brokers.includes(ca ? b : a)) return false;
    tieKeys.add(key);
    ties.push({
      source: a.id,
      target: b.id,
      type,
      weight: String(opts.weight ?? rng.pick(meta.weights)),
      directed: String(meta.directed),
      date: opts.date ?? '',
      evidence: opts.evidence ?? rng.weighted(meta.evidence),
    });
    return true;
  }

  // Among officials: same ministry, and juniors briefing seniors.
  for (const side of ['Aldoria', 'Veskar']) {
    const O = officials[side];
    const groups = [
      [['head', 'cos', 'nsa', 'dnsa'], 0.6],
      [['fm', 'dfm1', 'dfm2', 'chiefneg', 'neg', 'legal', 'dir', 'un', 'desk'], 0.3],
      [['mod', 'dmod', 'cgs', 'dpol'], 0.6],
    ];
    for (const [keys, p] of groups) {
      for (let i = 0; i < keys.length; i++) {
        for (let j = i + 1; j < keys.length; j++) {
          if (rng.chance(p)) addTie(O[keys[i]], O[keys[j]], 'same_ministry');
        }
      }
    }
    const briefs = [
      ['fm', 'head'],
      ['mod', 'head'],
      ['moi', 'head'],
      ['nsa', 'head'],
      ['chiefneg', 'fm'],
      ['chiefneg', 'nsa'],
      ['neg', 'chiefneg'],
      ['legal', 'chiefneg'],
      ['dir', 'dfm1'],
      ['desk', 'dir'],
      ['un', 'fm'],
      ['dfm2', 'fm'],
      ['dmod', 'mod'],
      ['cgs', 'mod'],
      ['dpol', 'dmod'],
      ['dnsa', 'nsa'],
      ['fm', 'chair'],
      ['cgs', 'nsa'],
    ];
    for (const [a, b] of briefs) {
      addTie(O[a], O[b], 'briefed', {
        date: rng.chance(0.3) ? `20${rng.int(21, 24)}-0${rng.int(1, 9)}` : '',
      });
    }
    addTie(O.chair, O.mpgov, 'friend');
    addTie(O.mpopp, O.mpval, 'former_colleague');
    addTie(O.chair, O.mpval, rng.pick(['friend', 'former_colleague']));
  }

  // Track 2 -> own officials. Aldoria's participants have far more access than Veskar's.
  function tiesToOfficials(p, n) {
    const K = T2_KINDS[p.kind];
    const O = officials[p.side];
    const targets = rng.sample(K.officials, n);
    for (const key of targets) {
      const type = rng.weighted(K.types);
      const official = O[key];
      const opts = {};
      if (type === 'briefed') {
        const evs = (attended.get(p.id) ?? []).filter((e) => e.format === 'workshop');
        if (evs.length) opts.date = dateAfter(rng.pick(evs).date, 5, 25);
        // Journalists are briefed by officials; others brief the officials after a round.
        if (p.kind === 'journalist') {
          addTie(official, p, type, opts);
          continue;
        }
      } else if (type === 'advises' && rng.chance(0.4)) {
        opts.date = `${rng.int(2015, 2023)}`;
      }
      addTie(p, official, type, opts);
    }
  }
  const nTies = () =>
    rng.weighted([
      [1, 35],
      [2, 40],
      [3, 25],
    ]);
  for (const p of pool.Aldoria) if (rng.chance(0.85)) tiesToOfficials(p, nTies());
  for (const p of contacts.Aldoria) if (rng.chance(0.55)) tiesToOfficials(p, rng.int(1, 2));
  for (const p of pool.Veskar) {
    if (inCluster.has(p.id) || brokers.includes(p)) continue;
    if (rng.chance(0.2)) tiesToOfficials(p, 1);
  }
  for (const p of contacts.Veskar) if (rng.chance(0.45)) tiesToOfficials(p, rng.int(1, 2));
  // The brokers reach several senior Veskari officials.
  addTie(broker1, officials.Veskar.dfm1, 'former_colleague', { weight: 2.5 });
  addTie(broker1, officials.Veskar.chiefneg, 'advises', {
    weight: 3,
    date: '2020',
    evidence: 'interview',
  });
  addTie(broker1, officials.Veskar.fm, 'briefed', {
    date: dateAfter(WORKSHOPS[1][0], 7, 20),
    evidence: 'interview',
  });
  addTie(broker2, officials.Veskar.nsa, 'advises', {
    weight: 2.5,
    date: '2019',
    evidence: 'CV',
  });
  addTie(broker2, officials.Veskar.dnsa, 'co-author', {
    date: '2018-11',
    evidence: 'public record',
  });
  addTie(broker2, officials.Veskar.chair, 'friend', { evidence: 'interview' });

  // Among Track 2 of the same side.
  function t2TieType(a, b) {
    if (a.kind === 'academic' && b.kind === 'academic' && rng.chance(0.7)) return 'co-author';
    if ((a.kind === 'academic' || b.kind === 'academic') && rng.chance(0.3)) return 'co-author';
    if (a.kind === b.kind && ['diplomat', 'general', 'journalist'].includes(a.kind) && rng.chance(0.7))
      return 'former_colleague';
    if (rng.chance(0.04)) return 'family';
    return rng.weighted([
      ['friend', 3],
      ['former_colleague', 2],
    ]);
  }
  // Prefer a partner of the same kind (academics know academics, diplomats know diplomats).
  const partner = (p, members) => {
    const same = members.filter((q) => q !== p && q.kind === p.kind);
    return same.length && rng.chance(0.5) ? rng.pick(same) : rng.pick(members);
  };
  function t2Tie(a, b) {
    const type = t2TieType(a, b);
    const opts =
      type === 'co-author'
        ? {
            date: `${rng.int(2016, 2024)}-${String(rng.int(1, 12)).padStart(2, '0')}`,
          }
        : {};
    return addTie(a, b, type, opts);
  }
  const hasOfficialTie = (p) =>
    ties.some(
      (t) =>
        (t.source === p.id && byId.get(t.target).track === '1') ||
        (t.target === p.id && byId.get(t.source).track === '1'),
    );
  for (const side of ['Aldoria', 'Veskar']) {
    const members = [...pool[side], ...contacts[side]].filter((p) => !inCluster.has(p.id));
    const connected = members.filter(hasOfficialTie);
    for (const p of members) {
      // Everyone without access of their own gets a tie to someone who has it.
      if (!hasOfficialTie(p) && connected.length) t2Tie(p, rng.pick(connected));
      const extra = side === 'Aldoria' ? rng.int(0, 2) : rng.int(0, 1);
      for (let i = 0; i < extra; i++) t2Tie(p, partner(p, members));
    }
  }
  // The sealed Veskar cluster: a random tree plus a few extra ties, reaching the brokers only.
  {
    const order = rng.shuffle(cluster);
    for (let i = 1; i < order.length; i++) t2Tie(order[i], order[rng.int(0, i - 1)]);
    for (let i = 0; i < 4; i++) t2Tie(rng.pick(cluster), rng.pick(cluster));
    for (const p of rng.sample(cluster, 3)) addTie(p, broker1, rng.pick(['friend', 'former_colleague']));
    for (const p of rng.sample(cluster, 2)) addTie(p, broker2, rng.pick(['friend', 'co-author']));
  }
  // Across the sides: friendships and joint papers that grew out of the workshops.
  {
    let made = 0;
    for (let guard = 0; made < 24 && guard < 2000; guard++) {
      const ws = rng.pick(workshops);
      const present = attendance.filter((a) => a.event === ws.id).map((a) => byId.get(a.person));
      const a = rng.pick(present.filter((p) => p.side === 'Aldoria' && p.track === '2'));
      const b = rng.pick(present.filter((p) => p.side === 'Veskar' && p.track === '2' && !inCluster.has(p.id)));
      if (!a || !b) continue;
      const both = a.kind === 'academic' && b.kind === 'academic';
      const either = a.kind === 'academic' || b.kind === 'academic';
      const type = (both && rng.chance(0.7)) || (either && rng.chance(0.3)) ? 'co-author' : 'friend';
      const date = type === 'co-author' ? dateAfter(ws.date, 90, 300).slice(0, 7) : dateAfter(ws.date, 0, 3);
      if (
        addTie(a, b, type, {
          date,
          evidence: type === 'friend' ? 'interview' : undefined,
        })
      )
        made++;
    }
  }
  // Facilitators brief both foreign ministries after rounds, and know some core participants.
  addTie(facilitators[0], officials.Aldoria.dir, 'briefed', {
    date: dateAfter(WORKSHOPS[0][0], 10, 20),
  });
  addTie(facilitators[0], officials.Veskar.dir, 'briefed', {
    date: dateAfter(WORKSHOPS[0][0], 10, 20),
  });
  addTie(facilitators[1], officials.Aldoria.dfm2, 'briefed', {
    date: dateAfter(WORKSHOPS[4][0], 10, 20),
  });
  addTie(facilitators[1], officials.Veskar.dfm2, 'briefed', {
    date: dateAfter(WORKSHOPS[4][0], 10, 20),
  });
  addTie(facilitators[0], facilitators[1], 'former_colleague');
  addTie(facilitators[2], facilitators[3], 'former_colleague');
  addTie(facilitators[4], facilitators[0], 'friend');
  for (const p of [...core.Aldoria.slice(0, 2), ...core.Veskar.slice(0, 2)])
    addTie(rng.pick(facilitators.slice(0, 2)), p, 'friend');
  // Track 1.5 advisers sit between officials and participants.
  for (const side of ['Aldoria', 'Veskar']) {
    const O = officials[side];
    const [a, b] = t15[side];
    addTie(a, O.chiefneg, 'advises', { date: '2021' });
    addTie(a, O.neg, 'former_colleague');
    addTie(b, O.nsa, 'advises', { date: '2022' });
    addTie(b, O.dfm1, 'former_colleague');
    addTie(b, O.fm, 'briefed', { date: dateAfter(consultation.date, 3, 10) });
    const others = pool[side].filter((p) => !inCluster.has(p.id));
    addTie(a, rng.pick(others), 'friend');
    addTie(b, rng.pick(others), 'former_colleague');
  }
  // Track 3: grassroots people know NGO leaders on their own side.
  {
    const aldNgo = pool.Aldoria.filter((p) => p.kind === 'ngo');
    addTie(t3.Aldoria[0], rng.pick(aldNgo), 'friend');
    addTie(t3.Aldoria[0], officials.Aldoria.mpval, 'briefed', {
      date: '2023-03-02',
    });
    const vesNgo = [...pool.Veskar, ...contacts.Veskar].filter((p) => p.kind === 'ngo' && !inCluster.has(p.id));
    addTie(t3.Veskar[1], rng.pick(vesNgo), 'friend');
  }
  // Family ties between officials and Track 2 people (public record).
  {
    const a = contacts.Aldoria.find((p) => p.kind === 'business');
    if (a)
      addTie(a, officials.Aldoria.dmod, 'family', {
        evidence: 'public record',
      });
    const v = contacts.Veskar.find((p) => p.kind === 'business' || p.kind === 'journalist');
    if (v) addTie(v, officials.Veskar.cos, 'family', { evidence: 'press report' });
  }

  // An echo chamber, planted last (so the draws above, and every row they made, are unchanged):
  // the Veskar Strategic Forum, eight hawkish realists (retired officers, security scholars, a
  // commentator) who know each other well, meet in their own closed seminar, never attend the
  // dialogue, and have two ties out, to senior Veskari officials. Ideologically narrow and
  // inward-looking: the community the echo-chamber rule should flag, and the hawks and realists
  // the roster designer could invite to widen the dialogue.
  const forum = [];
  for (let i = 0; i < 8; i++) {
    const g = i === 7 ? 'female' : 'male';
    forum.push(
      addPerson({
        id: nextId('ves'),
        name: nameOf('Veskar', g),
        track: '2',
        sector: i < 3 ? 'military' : i < 6 ? 'academia' : 'media',
        organisation: 'Veskar Strategic Forum',
        country: 'Veskar',
        side: 'Veskar',
        ideology: round2(rng.float(0.65, 0.9)),
        school: 'realist',
        seniority: '',
        gender: g,
        notes: i === 0 ? 'Chairs the Veskar Strategic Forum; retired general' : '',
      }),
    );
  }
  for (let i = 0; i < forum.length; i++)
    for (let j = i + 1; j < forum.length; j++)
      if (rng.chance(0.6)) addTie(forum[i], forum[j], rng.pick(['former_colleague', 'friend', 'co-author']));
  addTie(forum[0], officials.Veskar.dmod, 'advises', { date: '2022' });
  addTie(forum[3], officials.Veskar.nsa, 'briefed', { date: '2023-06-01' });
  const forumSeminar = {
    id: 'vsf-01',
    name: 'Veskar Strategic Forum, closed seminar on the Tessa valley',
    date: '2023-05-10',
    initiative: 'Veskar Strategic Forum',
    round: '',
    format: 'seminar',
    location: 'Veskar',
  };
  events.push(forumSeminar);
  for (const p of forum) attendance.push({ person: p.id, event: forumSeminar.id, role: 'participant' });

  return {
    forum,
    people,
    events,
    attendance,
    ties,
    officials,
    pool,
    core,
    cluster,
    brokers,
    isolated,
    facilitators,
    t15,
    t3,
  };
}

// ---------------------------------------------------------------------------------------------
// Output

function csvField(v) {
  const s = v == null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
function toCsv(columns, rows) {
  return `${[columns.join(','), ...rows.map((r) => columns.map((c) => csvField(r[c])).join(','))].join('\n')}\n`;
}
function countLines(text) {
  return text.split('\n').length - 1;
}

const PEOPLE_COLUMNS = [
  'id',
  'name',
  'track',
  'sector',
  'organisation',
  'country',
  'side',
  'ideology',
  'school',
  'seniority',
  'gender',
  'notes',
];
const TIE_COLUMNS = ['source', 'target', 'type', 'weight', 'directed', 'date', 'evidence'];
const EVENT_COLUMNS = ['id', 'name', 'date', 'initiative', 'round', 'format', 'location'];
const ATTENDANCE_COLUMNS = ['person', 'event', 'role'];

function tally(items, key) {
  const m = new Map();
  for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
  return m;
}

function readme(d, seed, files) {
  const { people, events, attendance, ties } = d;
  const byId = new Map(people.map((p) => [p.id, p]));
  const n = people.length;
  const tracks = tally(people, (p) => p.track);
  const sides = tally(people, (p) => p.side);
  const men = people.filter((p) => p.gender === 'male').length;
  const dm = people.filter((p) => p.track === '1').length;
  const attendees = new Set(attendance.map((a) => a.person));
  const wsIds = new Set(events.filter((e) => e.format === 'workshop').map((e) => e.id));
  const wsParticipants = people.filter(
    (p) => p.track === '2' && p.side !== 'Neutral' && attendance.some((a) => a.person === p.id && wsIds.has(a.event)),
  );
  const withIdeo = wsParticipants.filter((p) => p.ideology !== '');
  const dovish = withIdeo.filter((p) => Number(p.ideology) <= 0.1).length;
  const hawks = withIdeo.filter((p) => Number(p.ideology) > 0.5).length;
  const schools = tally(wsParticipants, (p) => p.school || '(empty)');
  const wsMen = wsParticipants.filter((p) => p.gender === 'male').length;
  const typeCounts = tally(ties, (t) => t.type);
  const ownAccess = (side) =>
    ties.filter((t) => {
      const a = byId.get(t.source);
      const b = byId.get(t.target);
      const pair = [a, b];
      const t2 = pair.find((p) => p.track === '2' && p.side === side && wsParticipants.includes(p));
      const t1 = pair.find((p) => p.track === '1' && p.side === side);
      return t2 && t1 && t2 !== t1;
    }).length;
  const partCount = (side) => wsParticipants.filter((p) => p.side === side).length;
  const perWorkshop = events
    .filter((e) => e.format === 'workshop')
    .map((e) => `${e.id}: ${attendance.filter((a) => a.event === e.id).length}`)
    .join(', ');
  const list = (ps) => ps.map((p) => `\`${p.id}\``).join(', ');
  const pct = (a, b) => `${Math.round((100 * a) / b)}%`;
  const fmtMap = (m, order) =>
    (order ?? [...m.keys()])
      .filter((k) => m.has(k))
      .map((k) => `${k} ${m.get(k)}`)
      .join(', ');
  // The person graph as trackmap builds it: one link per pair with a tie or a shared event.
  const pairs = new Set();
  const pairKey = (a, b) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  for (const t of ties) pairs.add(pairKey(t.source, t.target));
  const byEvent = new Map();
  for (const a of attendance) byEvent.set(a.event, [...(byEvent.get(a.event) ?? []), a.person]);
  for (const group of byEvent.values())
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) pairs.add(pairKey(group[i], group[j]));
  const graphLinks = pairs.size;
  const graphDensity = ((2 * graphLinks) / (n * (n - 1))).toFixed(4);
  const parentOf = new Map(people.map((p) => [p.id, p.id]));
  const find = (x) => (parentOf.get(x) === x ? x : find(parentOf.get(x)));
  for (const key of pairs) {
    const [a, b] = key.split('|');
    parentOf.set(find(a), find(b));
  }
  const graphComponents = new Set(people.map((p) => find(p.id))).size;

  return `# Riverside Dialogue (fictional Track II roster)

A **fictional** roster of a Track II dialogue between two fictional states, **Aldoria** and
**Veskar**, who dispute the Tessa river valley. The "Riverside Dialogue" is a series of eight
problem-solving workshops (2021 to 2024) run by a fictional Nordic-style NGO, the Nordvang Centre
for Dialogue (side \`Neutral\`), plus a seminar, an off-the-record dinner and a Track 1.5
consultation with negotiators.

**Every person, organisation and country in it is invented.** Names are assembled at random from
syllable lists; any resemblance to a real person is coincidental. Host cities (Oslo, Geneva, ...)
are real places only.

The realistic sample for demos (\`pnpm trackmap analyze data-samples/dialogue\`) and tests; the
README's quick start uses the smaller \`data-samples/quickstart\`.

## Files

| file | rows (excluding header) | lines |
| --- | --- | --- |
${files.map((f) => `| \`${f.name}\` | ${f.rows} | ${f.lines} |`).join('\n')}

\`people.csv\` has the canonical columns \`${PEOPLE_COLUMNS.slice(0, -1).join(', ')}\` plus an extra
\`notes\` column (kept as an attribute). Some \`notes\` and event names contain commas and double
quotes, so CSV quoting is exercised; names contain accented letters (UTF-8, no BOM, LF line ends).
\`ties.csv\` has \`${TIE_COLUMNS.join(', ')}\`; dates are ISO 8601 as \`YYYY\`, \`YYYY-MM\` or \`YYYY-MM-DD\`.

## Expected summary numbers

These are computed by the generator from the rows it wrote (no graph measures).

- people: **${n}** (${fmtMap(sides, ['Aldoria', 'Veskar', 'Neutral'])})
- by track: ${fmtMap(tracks, ['1', '1.5', '2', '3'])}
- decision-makers (track \`1\`, the default rule): **${dm}** (${people.filter((p) => p.track === '1' && p.side === 'Aldoria').length} Aldoria, ${people.filter((p) => p.track === '1' && p.side === 'Veskar').length} Veskar); seniority 5 = head of government or minister
- ties: **${ties.length}** rows (${fmtMap(typeCounts, ['advises', 'briefed', 'former_colleague', 'co-author', 'family', 'same_ministry', 'friend'])}); directed: ${ties.filter((t) => t.directed === 'true').length}
- events: **${events.length}** (${events.filter((e) => e.format === 'workshop').length} workshops, rounds 1 to 8; ${events.filter((e) => e.format !== 'workshop').length} side events)
- attendance: **${attendance.length}** rows; ${attendees.size} distinct people attend at least one event
- people per workshop: ${perWorkshop}
- gender: ${men} of ${n} people are men (${pct(men, n)})
- person graph (ties plus co-attendance, one link per pair): **${graphLinks}** links, density **${graphDensity}**, **${graphComponents}** components (checked by \`tests/reference/samples.test.ts\`, and independently with NetworkX)

## What the sample shows (planted on purpose)

The analysis should find these biases; tests can rely on them.

1. **Dovish participants.** Of the ${wsParticipants.length} Track 2 workshop participants from the two sides,
   ${dovish} of the ${withIdeo.length} with an ideology score are at or below 0.1 on the -1 (dovish) ... +1 (hawkish) axis;
   only ${hawks} ${hawks === 1 ? 'is' : 'are'} above 0.5. People on the roster who never attend (contacts, retired generals) are
   spread much wider and include the hawks and realists who could widen the dialogue.
2. **Schools of thought.** Workshop participants are mostly liberal or constructivist
   (${fmtMap(schools, ['liberal', 'constructivist', 'realist', 'critical', '(empty)'])}); officials are mostly realist.
3. **Gender imbalance.** ${pct(men, n)} of the roster and ${pct(wsMen, wsParticipants.length)} of the Track 2 workshop participants are men.
4. **Asymmetric access.** Aldoria's ${partCount('Aldoria')} workshop participants have ${ownAccess('Aldoria')} ties with Aldorian
   officials; Veskar's ${partCount('Veskar')} have ${ownAccess('Veskar')} with Veskari officials (rows counted in either
   direction, between a Track 2 participant and a Track 1 official of the same side).
5. **Brokers.** A cluster of ${d.cluster.length} Veskari participants (${list(d.cluster)}) has no tie to any
   official and no tie to anyone outside the cluster except the two brokers ${list(d.brokers)}, who have
   several ties to senior Veskari officials. In the tie network (\`ties.csv\`), every path from the
   cluster to a decision-maker passes through one of these two brokers. (If co-attendance at events
   is also treated as a tie, the workshops add other paths.)
6. **An echo chamber.** The Veskar Strategic Forum (${list(d.forum)}): eight realists with
   ideology between 0.65 and 0.9 (the hawks the dialogue lacks), densely tied to each other, meeting in
   their own closed seminar (\`vsf-01\`), never at the dialogue, with two ties out (to the Veskari
   Deputy Minister of Defence and National Security Adviser). The echo-chamber rule should flag
   their community; the roster designer can propose inviting some of them.
7. **Isolated people.** ${list(d.isolated)} are on the roster but have no ties and no attendance.
8. **Reach.** Apart from the cluster above, Track 2 participants are mostly one to three steps from
   some official; Track 1.5 advisers (${list([...d.t15.Aldoria, ...d.t15.Veskar])}) sit between officials and participants and
   attend the Track 1.5 events, where a few officials (${list(people.filter((p) => p.track === '1' && attendees.has(p.id)))}) also attend.

Core participants who return to most rounds: ${list([...d.core.Aldoria, ...d.core.Veskar])}. Other participants
join as newcomers and some return later (turnover). Facilitators: ${list(d.facilitators)}.

## How it was generated

\`\`\`sh
node scripts/samples/generate-dialogue.mjs          # seed ${seed} (default)
\`\`\`

The script has no dependencies and uses the mulberry32 PRNG with seed \`${seed}\`; running it again
rewrites these files byte for byte. \`--seed N\` gives another roster with the same design, and
\`--out DIR\` writes elsewhere.

## Licence

CC0 1.0 (public domain dedication). The data are fictional; no real person is described.
`;
}

function main() {
  const { seed, out } = parseArgs(process.argv.slice(2));
  const d = generate(seed);
  mkdirSync(out, { recursive: true });
  const outputs = [
    ['people.csv', toCsv(PEOPLE_COLUMNS, d.people), d.people.length],
    ['ties.csv', toCsv(TIE_COLUMNS, d.ties), d.ties.length],
    ['events.csv', toCsv(EVENT_COLUMNS, d.events), d.events.length],
    ['attendance.csv', toCsv(ATTENDANCE_COLUMNS, d.attendance), d.attendance.length],
  ];
  const files = [];
  for (const [name, text, rows] of outputs) {
    writeFileSync(join(out, name), text, 'utf8');
    files.push({ name, rows, lines: countLines(text) });
  }
  writeFileSync(join(out, 'README.md'), readme(d, seed, files), 'utf8');
  const rel = relative(process.cwd(), out) || '.';
  console.log(`wrote ${rel}: ${files.map((f) => `${f.name} ${f.rows} rows`).join(', ')}`);
}

main();
