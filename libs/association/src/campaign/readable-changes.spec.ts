import { describe, expect, it } from 'vitest';
import { changedFields, readableChanges } from './readable-changes.js';

describe('what a season answer changed', () => {
  it('names each changed field, a text by its language, and leaves out what stayed', () => {
    const before = { title: { fr: '10 % sur le miel', en: '10% off honey' }, value: 10, quota: null, kind: 'percent_off' };
    const after = { title: { fr: '15 % sur le miel', en: '10% off honey' }, value: 15, quota: null, kind: 'percent_off' };
    expect(changedFields(before, after)).toEqual({ 'title.fr': { from: '10 % sur le miel', to: '15 % sur le miel' }, value: { from: 10, to: 15 } });
  });

  it('reads a cleared or added value as nothing on one side, numbers as text', () => {
    const changes = changedFields({ phone: '+33549642018', conditions: null }, { phone: null, conditions: { fr: 'Sur rendez-vous' } });
    expect(readableChanges(changes)).toEqual([
      { field: 'phone', from: '+33549642018', to: null },
      { field: 'conditions.fr', from: null, to: 'Sur rendez-vous' },
    ]);
    expect(readableChanges({ value: { from: 10, to: 15 } })).toEqual([{ field: 'value', from: '10', to: '15' }]);
  });
});
