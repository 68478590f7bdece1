/** A small news core for tests, so they do not depend on the hand-written files of the day. */
export const NEWS_CORE_FIXTURE = new Map<string, string>([
  [
    'leaders.json',
    JSON.stringify({
      domain: 'leaders',
      asOf: '2026-05-17',
      entries: [
        {
          id: 'vladimir-putin',
          type: 'person',
          name: 'Vladimir Putin',
          aliases: ['Vladimir Vladimirovich Putin', { text: 'Putin', weak: true }],
          description: 'President of Russia since 2012',
          facts: [
            { key: 'office', value: 'President of Russia', since: '2012-05-07' },
            { key: 'born', value: '1952-10-07' },
          ],
          wikipedia: 'Vladimir Putin',
          priority: 1,
        },
        {
          id: 'nato',
          type: 'organisation',
          name: 'NATO',
          aliases: ['North Atlantic Treaty Organization', 'North Atlantic Alliance'],
          description: 'Military alliance of 32 North American and European countries',
          facts: [{ key: 'founded', value: '1949-04-04' }],
          wikipedia: 'NATO',
          priority: 1,
        },
        {
          id: 'mao-ning',
          type: 'person',
          name: 'Mao Ning',
          aliases: [{ text: 'Mao', weak: true }],
          description: 'Spokesperson of the Chinese foreign ministry',
          facts: [],
          wikipedia: 'Mao Ning',
          priority: 2,
        },
      ],
    }),
  ],
]);
