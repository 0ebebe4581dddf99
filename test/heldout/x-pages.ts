/**
 * The held-out X pages and, written by hand from what a person reads on each, the expected fields. Four pages in
 * four interface languages (English, German, French, Japanese): a home timeline, a status page with a thread, a
 * search, a profile with an X Article. Every name and text here is ours.
 */
import { at, cash, cell, emoji, page, sp, tag, tco, text, type Head } from './x-markup';
import {
  articlePreview,
  communityNote,
  largeCard,
  photos,
  pollOpen,
  pollResults,
  quote,
  smallCard,
  video,
} from './x-blocks';

export interface Expected {
  id: string;
  ad?: true;
  author?: string;
  handle?: string;
  text?: string;
  time?: string;
  /** Where the text's links go (expanded when X showed it). */
  links?: string[];
  /** `type url` per photo and video, in order. */
  media?: string[];
  /** `title -> url` per card. */
  cards?: string[];
  quote?: string;
  poll?: string[];
  article?: string;
}
export interface HeldOutPage {
  name: string;
  url: string;
  html: string;
  expected: Expected[];
}

const T = '2025-09-18T';
const h = (id: string, handle: string, name: string, time: string, more: Partial<Head> = {}): Head => ({
  id: `19700000000000${id}`,
  handle,
  name,
  time: `${T}${time}.000Z`,
  ...more,
});

const home = (() => {
  const a = h('0101', 'noor_dev', `Noor Haddad ${emoji('🛠️', 'Hammer and wrench')}`, '08:01:00', {
    context: 'Kestrel reposted',
  });
  const b = h('0102', 'kestrel_ops', 'Kestrel', '08:05:10', { replyingTo: 'mira_sre' });
  const c = h('0103', 'mira_sre', 'Mira Okafor', '08:10:00');
  const d = h('0104', 'bigcloud', 'BigCloud', '08:00:00', { when: { ad: 'Anzeige' }, lang: 'de' });
  const f = h('0105', 'fjordops', 'FjordOps', '08:20:00');
  const g = h('0106', 'sam_pairs', 'Sam', '08:25:00');
  const k = h('0107', 'layla_cloud', 'Layla', '08:30:00');
  const p = (x: Head) => `/${x.handle}/status/${x.id}`;
  return {
    name: 'x/home (de UI)',
    url: 'https://x.com/home',
    html: page('de', 'Startseite / X', [
      cell(
        a,
        text(
          a,
          `${sp('Rollback drills every sprint. Notes here: ')}${tco('NhD1rB2', 'https://notes.example.net/rollback-drills', 'notes.example.net/rollback-dri…')}${sp(' ')}${emoji('✅', 'Check mark button')}`,
        ),
      ),
      cell(b, text(b, `${at('mira_sre')}${sp(' agreed, and the pager rota should say who owns the runbook')}`)),
      cell(
        c,
        text(c, `${sp('Whiteboards from day one ')}${tag('FjordOps')}`) +
          photos(p(c), [
            {
              src: 'https://pbs.twimg.com/media/HdOne01aa?format=jpg&name=small',
              alt: 'Whiteboard with a failure tree',
            },
            { src: 'https://pbs.twimg.com/media/HdOne02bb?format=jpg&name=small' },
            { src: 'https://pbs.twimg.com/media/HdOne03cc?format=png&name=small', alt: 'Sticky notes by team' },
          ]),
      ),
      cell(
        d,
        text(d, sp('Monitoring, das mitwächst. Jetzt testen.')) +
          largeCard(
            'https://t.co/AdAd0001',
            'https://pbs.twimg.com/card_img/9/ad?format=jpg&name=medium',
            'bigcloud.example',
            'BigCloud Observability',
            'Von',
          ),
      ),
      cell(
        f,
        text(f, sp('The keynote recording is up')) +
          video('https://pbs.twimg.com/amplify_video_thumb/1970000000000000105/img/key.jpg', '47:12'),
      ),
      cell(
        g,
        text(g, `${sp('Read this before your next game day ')}${emoji('👇', 'Backhand index pointing down')}`) +
          largeCard(
            'https://t.co/GdAy0106',
            'https://pbs.twimg.com/card_img/9/gd?format=jpg&name=medium',
            'blog.sampairs.example',
            'Game days that teach something',
            'Von',
          ),
      ),
      cell(
        k,
        text(k, `${sp('Up 4% today: ')}${cash('FJRD')}${sp(' and the status page stayed green')}`) +
          communityNote('The status page was red for 20 minutes that day.'),
      ),
    ]),
    expected: [
      {
        id: a.id,
        author: 'Noor Haddad 🛠️',
        handle: 'noor_dev',
        time: a.time,
        text: 'Rollback drills every sprint. Notes here: notes.example.net/rollback-dri… ✅',
        links: ['https://notes.example.net/rollback-drills'],
        media: [],
      },
      {
        id: b.id,
        author: 'Kestrel',
        handle: 'kestrel_ops',
        time: b.time,
        text: '@mira_sre agreed, and the pager rota should say who owns the runbook',
        links: [],
        media: [],
      },
      {
        id: c.id,
        author: 'Mira Okafor',
        handle: 'mira_sre',
        time: c.time,
        text: 'Whiteboards from day one #FjordOps',
        links: [],
        media: [
          'photo https://pbs.twimg.com/media/HdOne01aa?format=jpg&name=orig',
          'photo https://pbs.twimg.com/media/HdOne02bb?format=jpg&name=orig',
          'photo https://pbs.twimg.com/media/HdOne03cc?format=png&name=orig',
        ],
      },
      { id: d.id, ad: true },
      {
        id: f.id,
        author: 'FjordOps',
        handle: 'fjordops',
        time: f.time,
        text: 'The keynote recording is up',
        links: [],
        media: [`video https://x.com/fjordops/status/${f.id}`],
      },
      {
        id: g.id,
        author: 'Sam',
        handle: 'sam_pairs',
        time: g.time,
        text: 'Read this before your next game day 👇',
        links: [],
        media: [],
        cards: ['Game days that teach something -> https://t.co/GdAy0106'],
      },
      {
        id: k.id,
        author: 'Layla',
        handle: 'layla_cloud',
        time: k.time,
        text: 'Up 4% today: $FJRD and the status page stayed green',
        links: [],
        media: [],
      },
    ],
  } satisfies HeldOutPage;
})();

const status = (() => {
  const head = h('0201', 'ada_builds', 'Ada Lindqvist', '09:00:00', { when: 'focal', lang: 'fr' });
  const r1 = h('0202', 'ada_builds', 'Ada Lindqvist', '09:02:00', { replyingTo: 'ada_builds', lang: 'fr' });
  const r2 = h('0203', 'ada_builds', 'Ada Lindqvist', '09:04:00', { replyingTo: 'ada_builds', lang: 'fr' });
  const ad = h('0204', 'bigcloud', 'BigCloud', '09:00:00', { when: { ad: 'Sponsorisé' }, lang: 'fr' });
  const other = h('0205', 'mira_sre', 'Mira Okafor', '09:10:00', { replyingTo: 'ada_builds', lang: 'fr' });
  const url = `https://x.com/ada_builds/status/${head.id}`;
  return {
    name: 'x/status (fr UI)',
    url,
    html: page('fr', 'Ada Lindqvist sur X', [
      cell(
        head,
        text(head, sp('Vous déployez le vendredi ?')) +
          pollResults(
            [
              ['Oui, avec retour arrière', '61,5 %'],
              ['Jamais', '38,5 %'],
            ],
            '2 048 votes · Résultats finaux',
          ),
      ),
      cell(r1, text(r1, sp('1/ Le retour arrière doit être testé, pas supposé.'))),
      cell(
        r2,
        text(
          r2,
          `${sp('2/ Les notes de la session : ')}${tco('AdaFr203', 'https://ada.example.fr/notes/vendredi', 'ada.example.fr/notes/vendredi')}`,
        ),
      ),
      cell(ad, text(ad, sp('La supervision qui grandit avec vous.')), true),
      cell(other, text(other, `${at('ada_builds')}${sp(' merci pour le fil !')}`)),
    ]),
    expected: [
      {
        id: head.id,
        author: 'Ada Lindqvist',
        handle: 'ada_builds',
        time: head.time,
        text: 'Vous déployez le vendredi ?',
        links: [],
        media: [],
        poll: ['Oui, avec retour arrière 61.5', 'Jamais 38.5', '2 048 votes', 'Résultats finaux'],
      },
      {
        id: r1.id,
        author: 'Ada Lindqvist',
        handle: 'ada_builds',
        time: r1.time,
        text: '1/ Le retour arrière doit être testé, pas supposé.',
        links: [],
        media: [],
      },
      {
        id: r2.id,
        author: 'Ada Lindqvist',
        handle: 'ada_builds',
        time: r2.time,
        text: '2/ Les notes de la session : ada.example.fr/notes/vendredi',
        links: ['https://ada.example.fr/notes/vendredi'],
        media: [],
      },
      { id: ad.id, ad: true },
      {
        id: other.id,
        author: 'Mira Okafor',
        handle: 'mira_sre',
        time: other.time,
        text: '@ada_builds merci pour le fil !',
        links: [],
        media: [],
      },
    ],
  } satisfies HeldOutPage;
})();

const search = (() => {
  const a = h('0301', 'kestrel_ops', 'Kestrel', '10:00:00', { lang: 'es' });
  const b = h('0302', 'mira_sre', 'Mira Okafor', '10:05:00', { lang: 'es' });
  const c = h('0303', 'noor_dev', 'Noor Haddad', '10:10:00', { lang: 'es' });
  const ad = h('0304', 'bigcloud', 'BigCloud', '10:00:00', { when: { ad: 'Promocionado' }, lang: 'es' });
  const d = h('0305', 'sam_pairs', 'Sam', '10:15:00', { lang: 'es' });
  const long =
    'Lo que aprendimos del día del caos: primero, que nadie lee el runbook a las tres de la mañana; segundo, ';
  return {
    name: 'x/search (es UI)',
    url: 'https://x.com/search?q=%23FjordOps&src=typed_query',
    html: page('es', '#FjordOps - Buscar / X', [
      cell(
        a,
        text(a, sp('Nuestra plantilla de runbook')) +
          smallCard('https://t.co/RbEs0301', 'https://pbs.twimg.com/card_img/9/rb?format=jpg&name=240x240', [
            'docs.kestrel.example',
            'Plantilla de runbook',
            'Cópiala, rellénala, tenla junto a la alerta.',
          ]),
      ),
      cell(
        b,
        text(b, sp('¿Mejor charla hasta ahora?')) +
          pollOpen(['Pasillo', 'Keynote', 'Talleres'], '312 votos', 'Quedan 5 horas'),
      ),
      cell(
        c,
        text(c, sp('La pizarra de la sesión abierta')) +
          photos(`/noor_dev/status/${c.id}`, [
            { src: 'https://pbs.twimg.com/media/HdEs03aa?format=jpg&name=small', alt: 'Pizarra', loaded: false },
          ]),
      ),
      cell(ad, text(ad, sp('Observabilidad sin límites.')), true),
      cell(
        d,
        text(d, sp(long), true) +
          quote({
            handle: 'kestrel_ops',
            name: 'Kestrel',
            time: `${T}07:00:00.000Z`,
            lang: 'es',
            text: 'El día del caos empieza a las 10.',
            photo: { id: '1970000000000000399', src: 'https://pbs.twimg.com/media/HdEsQ99?format=jpg&name=small' },
          }),
      ),
    ]),
    expected: [
      {
        id: a.id,
        author: 'Kestrel',
        handle: 'kestrel_ops',
        time: a.time,
        text: 'Nuestra plantilla de runbook',
        links: [],
        media: [],
        cards: ['Plantilla de runbook -> https://t.co/RbEs0301'],
      },
      {
        id: b.id,
        author: 'Mira Okafor',
        handle: 'mira_sre',
        time: b.time,
        text: '¿Mejor charla hasta ahora?',
        links: [],
        media: [],
        poll: ['Pasillo', 'Keynote', 'Talleres', '312 votos', 'Quedan 5 horas'],
      },
      {
        id: c.id,
        author: 'Noor Haddad',
        handle: 'noor_dev',
        time: c.time,
        text: 'La pizarra de la sesión abierta',
        links: [],
        media: [`photo https://x.com/noor_dev/status/${c.id}/photo/1`],
      },
      { id: ad.id, ad: true },
      {
        id: d.id,
        author: 'Sam',
        handle: 'sam_pairs',
        time: d.time,
        text: long,
        links: [],
        media: [],
        quote: 'kestrel_ops 1970000000000000399 El día del caos empieza a las 10.',
      },
    ],
  } satisfies HeldOutPage;
})();

const profile = (() => {
  const a = h('0401', 'ada_builds', 'Ada Lindqvist', '11:00:00', { lang: 'ja' });
  const b = h('0402', 'yuki_sre', `ゆき ${emoji('🌸', 'Cherry blossom')}`, '11:05:00', { lang: 'ja' });
  const ad = h('0403', 'bigcloud', 'BigCloud', '11:00:00', { when: { ad: 'プロモーション' }, lang: 'ja' });
  const c = h('0404', 'yuki_sre', `ゆき ${emoji('🌸', 'Cherry blossom')}`, '11:10:00', { lang: 'ja' });
  return {
    name: 'x/profile (ja UI)',
    url: 'https://x.com/yuki_sre',
    html: page('ja', 'ゆき (@yuki_sre) / X', [
      cell(
        a,
        articlePreview(
          `/ada_builds/status/${a.id}`,
          'https://pbs.twimg.com/media/HdJaArt1?format=jpg&name=small',
          'Undo is a feature',
          'Every deploy should come with its way back.',
        ),
      ),
      cell(
        b,
        text(
          b,
          `${sp('障害対応の振り返り、とても良かった ')}${emoji('👏', 'Clapping hands')}${sp(' ')}${tag('FjordOps')}`,
        ),
      ),
      cell(ad, text(ad, sp('可観測性を、もっと簡単に。'))),
      cell(
        c,
        text(c, sp('スライドはこちら ')) +
          smallCard('https://t.co/YkJa0404', 'https://pbs.twimg.com/card_img/9/yk?format=jpg&name=240x240', [
            'slides.yuki.example',
            '障害対応の振り返り',
          ]),
      ),
    ]),
    expected: [
      {
        id: a.id,
        author: 'Ada Lindqvist',
        handle: 'ada_builds',
        time: a.time,
        text: '',
        links: [],
        media: [],
        article: 'Undo is a feature',
      },
      {
        id: b.id,
        author: 'ゆき 🌸',
        handle: 'yuki_sre',
        time: b.time,
        text: '障害対応の振り返り、とても良かった 👏 #FjordOps',
        links: [],
        media: [],
      },
      { id: ad.id, ad: true },
      {
        id: c.id,
        author: 'ゆき 🌸',
        handle: 'yuki_sre',
        time: c.time,
        text: 'スライドはこちら ',
        links: [],
        media: [],
        cards: ['障害対応の振り返り -> https://t.co/YkJa0404'],
      },
    ],
  } satisfies HeldOutPage;
})();

export const X_PAGES: HeldOutPage[] = [home, status, search, profile];
