import { invalidField, refusal, type SaidRefusal } from '#common';
import { findCommune, type CommuneMatch } from './communes.js';
import { PLACE_PROBLEMS } from './place-problems.js';

/** A postcode and commune as the official list writes them. */
export interface OfficialPlace {
  postcode: string;
  commune: string;
  inseeCode: string;
}

/** What a postcode and commune as typed become: the official place, with what was changed said; or the field that is wrong and why. */
export type PlaceReading =
  { place: OfficialPlace; changes: { field: 'postcode' | 'commune'; said: SaidRefusal }[] } | { field: 'postcode' | 'commune'; problem: SaidRefusal };

export function readPlace(postcode: string, commune: string): PlaceReading {
  const match: CommuneMatch = findCommune(postcode, commune);
  if ('unknownPostcode' in match) return { field: 'postcode', problem: refusal(PLACE_PROBLEMS, 'unknown_postcode', { postcode: match.unknownPostcode }) };
  if ('notInPostcode' in match) {
    const { postcode: code, communes, elsewhere } = match.notInPostcode;
    if (elsewhere.length > 0) {
      const named = elsewhere.slice(0, 3).map((c) => `${c.name} (${c.postcodes.join(', ')})`);
      return {
        field: 'postcode',
        problem: refusal(PLACE_PROBLEMS, 'postcode_not_of_commune', { postcode: code, named: named.join(', '), communes: communes.join(', ') }),
      };
    }
    return { field: 'commune', problem: refusal(PLACE_PROBLEMS, 'commune_not_in_postcode', { commune, postcode: code, communes: communes.join(', ') }) };
  }
  const place = { postcode: match.postcode, commune: match.commune.name, inseeCode: match.commune.inseeCode };
  const changes: { field: 'postcode' | 'commune'; said: SaidRefusal }[] = [];
  if (match.postcode !== postcode)
    changes.push({ field: 'postcode', said: refusal(PLACE_PROBLEMS, 'postcode_padded', { typed: postcode, read: match.postcode }) });
  if (match.formerly !== undefined)
    changes.push({
      field: 'commune',
      said: refusal(PLACE_PROBLEMS, 'commune_merged', { typed: commune, official: place.commune, inseeCode: place.inseeCode }),
    });
  else if (place.commune !== commune)
    changes.push({
      field: 'commune',
      said: refusal(PLACE_PROBLEMS, 'commune_official', { typed: commune, official: place.commune, inseeCode: place.inseeCode }),
    });
  return { place, changes };
}

/**
 * The API's way: the postcode and commune a create or update leaves the record with, in the
 * official list's writing and with its INSEE code; a 400 naming the field when they do not belong
 * together. Nothing to do when neither changes.
 */
export function officialPlace(changes: { postcode?: string; commune?: string }, current?: { postcode: string; commune: string }): Partial<OfficialPlace> {
  if (changes.postcode === undefined && changes.commune === undefined) return {};
  const read = readPlace(changes.postcode ?? current?.postcode ?? '', changes.commune ?? current?.commune ?? '');
  // the field named is one the request sent: a record's stored postcode is not what a new commune got wrong
  if ('problem' in read)
    throw invalidField(changes[read.field] === undefined ? (read.field === 'postcode' ? 'commune' : 'postcode') : read.field, read.problem);
  return read.place;
}
