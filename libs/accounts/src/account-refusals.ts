import { defineMessages } from '#common';

/** Why accounts, memberships and their links are refused, by code. */
export const ACCOUNT_REFUSALS = defineMessages(
  'en',
  {
    member_erased: 'this person erased its account: invite it again as a new member if it comes back',
    own_membership: 'You cannot suspend your own membership',
    membership_not_suspended: (p: { status: string }) => `this membership is ${p.status}, not suspended`,
    membership_not_invited: (p: { status: string }) => `this membership is ${p.status}: only an invited one can be sent again`,
    already_member: (p: { email: string; invited: string }) =>
      `${p.email} is already ${p.invited === 'yes' ? 'invited' : 'a member'} with this role: resend or reactivate it instead`,
    producer_required: 'producerId is required to invite a producer',
    producer_not_in_territory: 'no producer of this territory has this id',
    producer_only_for_producers: 'producerId is only for the producer role',
    accommodation_required: 'a host runs at least one accommodation',
    accommodation_not_in_territory: 'no accommodation of this territory has this id',
    accommodations_only_for_hosts: 'accommodationIds are only for the host role',
    wrong_password: 'the password is not right',
    last_admin: 'the last platform administrator cannot be erased: name another one first',
    link_not_valid: 'this link is not valid: it was already used, has expired or was replaced by a newer one',
    account_exists: 'you already have an account: enter your current password to accept',
    account_suspended: 'This account is suspended',
    reset_elsewhere: 'This person also belongs elsewhere: they reset their password themselves (or ask the platform admin)',
  },
  {
    fr: {
      member_erased: 'Cette personne a effacé son compte : invitez-la à nouveau, comme un nouveau membre, si elle revient.',
      own_membership: 'Vous ne pouvez pas suspendre votre propre adhésion.',
      membership_not_suspended: () => 'Cette adhésion n’est pas suspendue.',
      membership_not_invited: () => 'Seule une invitation en attente peut être renvoyée.',
      already_member: (p) =>
        `${p.email} est déjà ${p.invited === 'yes' ? 'invité(e)' : 'membre'} avec ce rôle : renvoyez l’invitation ou réactivez l’adhésion.`,
      producer_required: 'Choisissez le producteur à inviter.',
      producer_not_in_territory: 'Aucun producteur du territoire n’a cet identifiant.',
      producer_only_for_producers: 'Un producteur ne se choisit que pour le rôle producteur.',
      accommodation_required: 'Un hébergeur tient au moins un hébergement.',
      accommodation_not_in_territory: 'Aucun hébergement du territoire n’a cet identifiant.',
      accommodations_only_for_hosts: 'Des hébergements ne se choisissent que pour le rôle hébergeur.',
      wrong_password: 'Le mot de passe n’est pas le bon.',
      last_admin: 'Le dernier administrateur de la plateforme ne peut pas être effacé : nommez-en un autre d’abord.',
      link_not_valid: 'Ce lien n’est pas valable : il a déjà servi, a expiré ou a été remplacé par un plus récent.',
      account_exists: 'Vous avez déjà un compte : saisissez votre mot de passe actuel pour accepter.',
      account_suspended: 'Ce compte est suspendu.',
      reset_elsewhere: 'Cette personne appartient aussi à un autre territoire : elle réinitialise son mot de passe elle-même (ou demande à l’administrateur).',
    },
  },
);
