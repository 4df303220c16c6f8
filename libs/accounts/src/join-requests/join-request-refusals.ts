import { defineMessages } from '#common';

/** Why a join request is refused, by code. */
export const JOIN_REQUEST_REFUSALS = defineMessages(
  'en',
  {
    join_request_decided: (p: { status: string }) => `this request was already ${p.status}: it is decided once`,
  },
  {
    fr: {
      join_request_decided: (p: { status: string }) =>
        `Cette demande a déjà été ${p.status === 'accepted' ? 'acceptée' : 'refusée'} : elle ne se décide qu’une fois.`,
    },
  },
);
